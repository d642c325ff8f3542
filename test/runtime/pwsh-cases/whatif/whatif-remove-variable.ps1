# whatif: Remove-Variable -WhatIf keeps the variable (Remove-Variable)
$keep = 'here'
Remove-Variable -Name keep -WhatIf
$keep
