# pipelines: Group-Object -NoElement still reports Name and Count per group (Group-Object)
'a', 'b', 'a' | Group-Object -NoElement | ForEach-Object { "$($_.Name) $($_.Count)" }
