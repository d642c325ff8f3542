# whatif: Set-Variable -WhatIf reports and does not change the variable (about_CommonParameters)
$x = 1
Set-Variable -Name x -Value 2 -WhatIf
$x
