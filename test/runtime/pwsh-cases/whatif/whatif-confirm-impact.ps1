# whatif: ConfirmImpact does not change -WhatIf output (about_Functions_CmdletBindingAttribute)
function Stop-Thing {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param([string]$Id)
    if ($PSCmdlet.ShouldProcess("item $Id")) { "stopped $Id" }
    'after check'
}
Stop-Thing -Id 9 -WhatIf
