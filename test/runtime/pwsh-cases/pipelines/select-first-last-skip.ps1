# pipelines: Select-Object -First, -Last and -Skip (Select-Object)
$n = 1..10
($n | Select-Object -First 3) -join ','
($n | Select-Object -Last 2) -join ','
($n | Select-Object -Skip 8) -join ','
($n | Select-Object -Skip 2 -First 2) -join ','
