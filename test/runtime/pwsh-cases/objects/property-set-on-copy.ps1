# objects: pscustomobjects are references; Select-Object makes a new object (about_PSCustomObject)
$a = [pscustomobject]@{ V = 1 }
$b = $a
$b.V = 2
$a.V
$c = $a | Select-Object *
$c.V = 3
$a.V
