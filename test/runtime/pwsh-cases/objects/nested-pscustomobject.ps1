# objects: nested pscustomobjects are read with a chain of property names (about_PSCustomObject)
$user = [pscustomobject]@{
    Name    = 'Ann'
    Manager = [pscustomobject]@{ Name = 'Bob'; Office = [pscustomobject]@{ City = 'Oslo' } }
}
$user.Manager.Name
$user.Manager.Office.City
"$($user.Name) reports to $($user.Manager.Name)"
