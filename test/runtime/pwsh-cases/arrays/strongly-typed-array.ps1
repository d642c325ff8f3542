# arrays: a typed array converts its elements (about_Arrays)
[string[]]$s = 1, 2, 3
$s[0].GetType().Name
[int[]]$i = '4', '5'
($i | Measure-Object -Sum).Sum
$i.GetType().Name
