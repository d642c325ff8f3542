# functions: a [string[]] parameter accepts a comma-separated list (about_Functions_Advanced_Parameters)
function Get-Hosts {
    param([Parameter(Mandatory)][string[]]$ComputerName)
    foreach ($c in $ComputerName) { "host $c" }
    $ComputerName.Count
}
Get-Hosts -ComputerName a, b
Get-Hosts c
