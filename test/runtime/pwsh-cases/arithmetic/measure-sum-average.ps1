# arithmetic: averages from Measure-Object are doubles and can be rounded (Measure-Object)
$m = 3, 4, 4 | Measure-Object -Average -Sum
$m.Sum
$m.Average
[math]::Round($m.Average, 2)
