# json: iterating the properties of an object from JSON (ConvertFrom-Json)
$o = '{"web":80,"ssl":443}' | ConvertFrom-Json
foreach ($p in $o.psobject.Properties) { "$($p.Name)=$($p.Value)" }
