# pipelines: variables set inside ForEach-Object persist after the pipeline (ForEach-Object)
$last = $null
1..3 | ForEach-Object { $last = $_ }
$last
