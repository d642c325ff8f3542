# pipelines: Group-Object can group by a script block (Group-Object)
1..10 | Group-Object { $_ % 3 } | ForEach-Object { "$($_.Name): $($_.Group -join ',')" }
