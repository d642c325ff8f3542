# arrays: arrays support Contains and IndexOf through IList (about_Arrays)
$a = 'x', 'y', 'z'
$a.Contains('y')
[array]::IndexOf($a, 'z')
$a.IndexOf('w')
