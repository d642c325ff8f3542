# whatif: -WhatIf:$false runs the action even when $WhatIfPreference is set (about_Preference_Variables)
function Remove-Box {
    [CmdletBinding(SupportsShouldProcess)]
    param($Name)
    if ($PSCmdlet.ShouldProcess($Name, 'Remove')) { "removed $Name" }
}
$WhatIfPreference = $true
Remove-Box a
Remove-Box b -WhatIf:$false
