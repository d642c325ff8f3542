# arithmetic: [math]::DivRem-style quotient and remainder with [int] casts (about_Arithmetic_Operators)
$total = 135
$h = [math]::Floor($total / 60)
$m = $total % 60
"${h}h ${m}m"
-7 % 3
