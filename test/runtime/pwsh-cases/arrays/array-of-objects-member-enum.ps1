# arrays: reading a property on an array returns that property from each element (about_Member-Access_Enumeration)
$vms = @(
    [pscustomobject]@{ Name = 'vm1'; Cores = 2 }
    [pscustomobject]@{ Name = 'vm2'; Cores = 4 }
)
$vms.Name -join ','
($vms.Cores | Measure-Object -Sum).Sum
$vms.Name.ToUpper() -join ','
