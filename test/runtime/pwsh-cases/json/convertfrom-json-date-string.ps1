# json: an ISO date string in JSON becomes a DateTime (ConvertFrom-Json)
$o = '{"when":"2024-05-06T07:08:09"}' | ConvertFrom-Json
$o.when.GetType().Name
$o.when.ToString('yyyy/MM/dd HH:mm')
