# variables: Get-Variable and Set-Variable with -ValueOnly (Get-Variable)
$region = 'eu'
Get-Variable -Name region -ValueOnly
Set-Variable -Name region -Value 'us'
$region
(Get-Variable region).Name
