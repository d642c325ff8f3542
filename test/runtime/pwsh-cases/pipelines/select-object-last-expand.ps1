# pipelines: Select-Object -Last with -ExpandProperty (Select-Object)
$rows = 1..4 | ForEach-Object { [pscustomobject]@{ N = $_ } }
$rows | Select-Object -Last 2 -ExpandProperty N
