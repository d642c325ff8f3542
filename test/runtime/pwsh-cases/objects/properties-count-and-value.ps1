# objects: psobject.Properties exposes Name, Value and TypeNameOfValue (about_PSCustomObject)
$o = [pscustomobject]@{ n = 1; s = 'x' }
$o.psobject.Properties['n'].Value
$o.psobject.Properties.Match('s').Count
($o.psobject.Properties | ForEach-Object TypeNameOfValue) -join ','
