# arrays: [array]::Reverse and [array]::Sort change the array in place (Array class)
$a = 3, 1, 2
[array]::Reverse($a)
$a -join ','
[array]::Sort($a)
$a -join ','
