# arrays: the .Where() and .ForEach() methods filter and map (about_Arrays)
$n = 1..6
$n.Where({ $_ % 2 -eq 0 }) -join ','
$n.ForEach({ $_ * 10 }) -join ','
$n.Where({ $_ -gt 2 }, 'First') -join ','
$n.Where({ $_ -gt 2 }, 'Last', 2) -join ','
