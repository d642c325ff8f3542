# splatting: a hashtable splats named parameters, an array splats positional ones (about_Splatting)
function New-Vm { param($Name, $Cores = 1, $Ram = 2) "$Name $Cores $Ram" }
$params = @{ Name = 'vm1'; Ram = 8 }
New-Vm @params
$pos = 'vm2', 4
New-Vm @pos
