# csv: Import-Csv on a header-only file returns nothing (Import-Csv)
$r = @(Import-Csv ./import-csv-header-row-count.csv)
$r.Count
