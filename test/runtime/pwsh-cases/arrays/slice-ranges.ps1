# arrays: ranges slice arrays; a reversed range reverses (about_Arrays)
$a = 10, 20, 30, 40, 50
$a[1..3] -join ','
$a[-2..-1] -join ','
$a[4..0] -join ','
$a[0, -1] -join ','
