# functions: parameters from two different sets together fail binding (about_Parameter_Sets)
function Get-Entry {
    [CmdletBinding()]
    param(
        [Parameter(ParameterSetName = 'A')]$Alpha,
        [Parameter(ParameterSetName = 'B')]$Beta
    )
    'bound'
}
try { Get-Entry -Alpha 1 -Beta 2 } catch { $_.FullyQualifiedErrorId }
