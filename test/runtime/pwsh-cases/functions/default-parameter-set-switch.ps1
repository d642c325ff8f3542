# functions: a switch parameter in its own parameter set (about_Parameter_Sets)
function Get-Items {
    [CmdletBinding(DefaultParameterSetName = 'One')]
    param(
        [Parameter(ParameterSetName = 'One')][string]$Name,
        [Parameter(ParameterSetName = 'All')][switch]$All
    )
    $PSCmdlet.ParameterSetName
}
Get-Items -Name x
Get-Items -All
