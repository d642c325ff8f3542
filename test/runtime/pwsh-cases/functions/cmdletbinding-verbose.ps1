# functions: [CmdletBinding()] adds common parameters like -Verbose; Write-Verbose output goes to another stream (about_Functions_CmdletBindingAttribute)
function Get-Thing {
    [CmdletBinding()]
    param([string]$Name)
    Write-Verbose "looking up $Name"
    "found $Name"
}
Get-Thing -Name a
Get-Thing -Name b -Verbose 4>$null
(Get-Command Get-Thing).Parameters.ContainsKey('Verbose')
