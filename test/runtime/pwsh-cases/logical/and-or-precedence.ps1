# logical: -and and -or have equal precedence and evaluate left to right (about_Operator_Precedence)
$true -or $false -and $false
($true -or $false) -and $false
$true -or ($false -and $false)
