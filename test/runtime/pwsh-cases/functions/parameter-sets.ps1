# functions: parameter sets choose which parameters go together; $PSCmdlet.ParameterSetName tells which one bound (about_Parameter_Sets)
function Get-User {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param(
        [Parameter(ParameterSetName = 'ByName', Position = 0)][string]$Name,
        [Parameter(ParameterSetName = 'ById')][int]$Id
    )
    "$($PSCmdlet.ParameterSetName): $Name$Id"
}
Get-User ann
Get-User -Id 7
Get-User
