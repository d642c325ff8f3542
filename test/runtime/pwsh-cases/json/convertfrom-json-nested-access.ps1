# json: ConvertFrom-Json makes pscustomobjects with nested arrays (ConvertFrom-Json)
$json = '{"users":[{"name":"ann","roles":["admin","dev"]},{"name":"bob","roles":[]}]}'
$data = $json | ConvertFrom-Json
$data.users.Count
$data.users[0].roles -join ','
$data.users[1].roles.Count
$data.users.name -join ','
