# whatif: without -WhatIf ShouldProcess returns true and the action runs (about_Functions_CmdletBindingAttribute)
function Remove-Widget {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Name)
    if ($PSCmdlet.ShouldProcess($Name, 'Remove widget')) { "removed $Name" }
}
Remove-Widget -Name w1
