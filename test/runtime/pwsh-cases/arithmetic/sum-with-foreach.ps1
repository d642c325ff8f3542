# arithmetic: summing with a loop versus Measure-Object gives the same total (about_Foreach)
$values = 1.5, 2.25, 3
$t = 0
foreach ($v in $values) { $t += $v }
$t
($values | Measure-Object -Sum).Sum
