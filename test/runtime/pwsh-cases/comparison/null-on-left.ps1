# comparison: put $null on the left to test a value rather than filter a collection (about_Comparison_Operators)
$list = @(1, $null, 2)
$null -eq $list
($list -eq $null).Count
$x = $null
$null -eq $x
$null -ne 'a'
