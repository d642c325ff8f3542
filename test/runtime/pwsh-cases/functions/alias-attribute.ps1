# functions: [Alias()] on a parameter allows an alternative name (about_Functions_Advanced_Parameters)
function Get-Box {
    param([Alias('CN', 'Computer')][string]$ComputerName)
    "box $ComputerName"
}
Get-Box -CN web1
Get-Box -Computer web2
