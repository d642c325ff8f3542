# csv: an empty field becomes an empty string, not $null (Import-Csv)
$r = Import-Csv ./import-csv-empty-values.csv
"[$($r[0].Mail)]"
$r[0].Mail -eq ''
[string]::IsNullOrEmpty($r[0].Mail)
