# objects: psobject.Copy() makes an independent shallow copy (PSObject.Copy)
$a = [pscustomobject]@{ V = 1 }
$b = $a.psobject.Copy()
$b.V = 5
$a.V
$b.V
