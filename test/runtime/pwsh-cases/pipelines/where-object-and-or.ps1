# pipelines: Where-Object script blocks can combine conditions (Where-Object)
1..20 | Where-Object { $_ % 5 -eq 0 -and $_ -gt 5 }
