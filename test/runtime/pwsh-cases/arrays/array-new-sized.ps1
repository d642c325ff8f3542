# arrays: a sized array starts filled with default values (about_Arrays)
$a = [int[]]::new(3)
$a -join ','
$s = New-Object 'string[]' 2
$null -eq $s[0]
$a.Length
