# pipelines: return inside ForEach-Object skips to the next object (ForEach-Object)
1..5 | ForEach-Object { if ($_ -eq 3) { return }; $_ }
