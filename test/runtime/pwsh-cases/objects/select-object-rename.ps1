# objects: a calculated property with only Name and Expression renames a property (Select-Object)
$u = [pscustomobject]@{ sAMAccountName = 'ann'; mail = 'a@c.com' }
$r = $u | Select-Object @{ Name = 'User'; Expression = 'sAMAccountName' }, mail
$r.User
$r.psobject.Properties.Name -join ','
