# logical: ?? returns the right side when the left is $null, ??= assigns only when $null (about_Operators)
$a = $null
$a ?? 'default'
'' ?? 'default'
0 ?? 5
$b = $null
$b ??= 'set'
$b
$b ??= 'again'
$b
