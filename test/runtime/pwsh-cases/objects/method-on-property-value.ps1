# objects: methods on property values and the static [string] methods work on object properties (about_Methods)
$u = [pscustomobject]@{ Upn = 'Ann.Lee@Contoso.com' }
$u.Upn.ToLower()
$u.Upn.Split('@')[1]
$u.Upn.Length
