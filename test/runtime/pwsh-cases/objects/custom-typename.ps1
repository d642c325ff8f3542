# objects: PSTypeName in the hashtable sets the object's type name (about_PSCustomObject)
$o = [pscustomobject]@{ PSTypeName = 'Contoso.User'; Name = 'ann' }
$o.psobject.TypeNames[0]
$o.PSObject.Properties.Name -join ','
