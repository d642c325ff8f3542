# arrays: += on an array creates a new, longer array (about_Arrays)
$a = 1, 2
$b = $a
$a += 3
$a.Count
$b.Count
$a -join ','
