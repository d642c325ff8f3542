# pipelines: Group-Object gives Name and Count per group; sorting by Count finds the biggest (Group-Object)
$logs = 'error', 'warn', 'error', 'info', 'error', 'warn'
$logs | Group-Object | Sort-Object Count -Descending | ForEach-Object { "$($_.Name)=$($_.Count)" }
