# comparison: -match on an array returns the matching elements (about_Comparison_Operators)
$names = 'web01', 'db01', 'web02'
$names -match '^web'
($names -notmatch '^web') -join ','
