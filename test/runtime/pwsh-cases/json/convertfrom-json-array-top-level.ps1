# json: a top-level JSON array becomes an array of objects (ConvertFrom-Json)
$items = '[{"id":1},{"id":2},{"id":3}]' | ConvertFrom-Json
$items.Count
($items | Where-Object id -gt 1).id -join ','
$items[0].id.GetType().Name
