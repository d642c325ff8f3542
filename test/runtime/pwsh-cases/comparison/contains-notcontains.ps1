# comparison: -contains checks a collection for a value, case-insensitively (about_Comparison_Operators)
$groups = 'Admins', 'Users', 'Guests'
$groups -contains 'users'
$groups -ccontains 'users'
$groups -notcontains 'Ops'
'Users' -in $groups
'x' -notin $groups
