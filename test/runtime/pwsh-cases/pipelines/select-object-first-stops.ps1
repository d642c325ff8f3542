# pipelines: Select-Object -First stops upstream processing early (Select-Object)
$seen = 0
1..100 | ForEach-Object { $seen++; $_ } | Select-Object -First 2 | Out-Null
$seen
