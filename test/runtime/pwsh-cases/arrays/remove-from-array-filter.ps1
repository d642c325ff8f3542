# arrays: removing an element from a fixed array is done by filtering (about_Arrays)
$a = 'a', 'b', 'c'
$a = $a | Where-Object { $_ -ne 'b' }
$a -join ','
try { $a.Add('d') } catch { 'fixed size' }
