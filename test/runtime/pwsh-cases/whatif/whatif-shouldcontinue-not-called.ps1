# whatif: a function without SupportsShouldProcess does not accept -WhatIf (about_Functions_CmdletBindingAttribute)
function Do-Thing { [CmdletBinding()] param() 'did it' }
try { Do-Thing -WhatIf } catch { $_.FullyQualifiedErrorId }
