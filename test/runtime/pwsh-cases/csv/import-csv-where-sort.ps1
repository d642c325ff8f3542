# csv: Import-Csv values are strings; cast to sort or compare numerically (Import-Csv)
$rows = Import-Csv ./import-csv-where-sort.csv
$rows.Count
($rows | Where-Object { [int]$_.Quota -gt 50 }).User -join ','
($rows | Sort-Object { [int]$_.Quota } | Select-Object -First 1).User
$rows[0].Quota.GetType().Name
