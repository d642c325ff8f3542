# whatif: each ShouldProcess call in a loop prints its own What if line (about_Functions_CmdletBindingAttribute)
function Remove-Old {
    [CmdletBinding(SupportsShouldProcess)]
    param([string[]]$Names)
    foreach ($n in $Names) {
        if ($PSCmdlet.ShouldProcess($n, 'Delete')) { "deleted $n" }
    }
    'done'
}
Remove-Old -Names a, b -WhatIf
