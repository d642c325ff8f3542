# variables: assigning past the end of an array fails; += appends (about_Arrays)
$a = @(1, 2)
try { $a[5] = 9 } catch { $_.Exception.GetType().Name }
$a += 3
$a.Count
