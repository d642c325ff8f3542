# hashtables: building a lookup table from a list of objects (about_Hash_Tables)
$users = @(
    [pscustomobject]@{ Id = 'u1'; Name = 'ann' }
    [pscustomobject]@{ Id = 'u2'; Name = 'bob' }
)
$byId = @{}
foreach ($u in $users) { $byId[$u.Id] = $u }
$byId['u2'].Name
$byId.u1.Name
