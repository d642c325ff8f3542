# variables: a type-constrained variable converts every later assignment (about_Variables)
[int]$count = '5'
$count += 1
$count
[string]$s = 42
$s.GetType().Name
[int[]]$ids = '1', '2'
$ids[1] + 1
