# automatic-variables: $PSBoundParameters lists bound parameters and their values (about_Automatic_Variables)
function Set-Thing {
    [CmdletBinding()]
    param($Name, $Size, [switch]$Force)
    ($PSBoundParameters.Keys | Sort-Object) -join ','
    $PSBoundParameters['Size']
}
Set-Thing -Name a -Size 3 -Force
