# csv: Import-Csv rows grouped by a column (Import-Csv)
Import-Csv ./import-csv-group.csv | Group-Object Dept | Sort-Object Name | ForEach-Object { "$($_.Name): $($_.Count)" }
