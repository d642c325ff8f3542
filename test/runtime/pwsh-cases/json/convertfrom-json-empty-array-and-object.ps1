# json: empty arrays and objects from JSON (ConvertFrom-Json)
$o = '{"a":[],"b":{}}' | ConvertFrom-Json
$o.a.Count
$o.b.GetType().Name
($o.b.psobject.Properties | Measure-Object).Count
