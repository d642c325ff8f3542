# objects: a property name can come from a variable or an expression (about_Properties)
$o = [pscustomobject]@{ Mail = 'a@b.c'; Phone = '123' }
$prop = 'Mail'
$o.$prop
$o.('Ph' + 'one')
foreach ($p in $o.psobject.Properties) { "$($p.Name): $($p.Value)" }
