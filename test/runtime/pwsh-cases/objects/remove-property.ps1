# objects: psobject.Properties.Remove deletes a note property (about_PSCustomObject)
$o = [pscustomobject]@{ a = 1; b = 2; c = 3 }
$o.psobject.Properties.Remove('b')
$o.psobject.Properties.Name -join ','
