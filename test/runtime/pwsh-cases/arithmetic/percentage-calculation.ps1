# arithmetic: computing a percentage and rounding it for a report (about_Arithmetic_Operators)
$used = 37
$total = 120
$pct = [math]::Round($used / $total * 100, 1)
"$pct%"
'{0:N1}% used' -f ($used / $total * 100)
