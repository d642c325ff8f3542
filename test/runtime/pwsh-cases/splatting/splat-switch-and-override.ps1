# splatting: switches in a splatted hashtable take $true/$false (about_Splatting)
function Get-Data { param([switch]$Force, $Filter) "force=$Force filter=$Filter" }
$p = @{ Force = $true; Filter = 'a*' }
Get-Data @p
$p.Force = $false
Get-Data @p
