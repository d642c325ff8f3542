# csv: Import-Csv -Delimiter reads semicolon-separated files (Import-Csv)
$r = Import-Csv ./import-csv-delimiter-semicolon.csv -Delimiter ';'
$r | ForEach-Object { "$($_.Host) on $($_.Port)" }
