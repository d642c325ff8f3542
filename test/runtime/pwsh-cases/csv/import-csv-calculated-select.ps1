# csv: Import-Csv rows reshaped with calculated properties and a sum (Import-Csv)
$rows = Import-Csv ./import-csv-calculated-select.csv
$rows | Select-Object Item, @{ n = 'Total'; e = { [int]$_.Qty * [decimal]$_.Price } } | ForEach-Object { "$($_.Item): $($_.Total)" }
($rows | ForEach-Object { [int]$_.Qty } | Measure-Object -Sum).Sum
