# json: -AsHashtable returns an ordered hashtable whose keys can be enumerated (ConvertFrom-Json)
$h = '{"b":1,"a":{"c":[1,2]}}' | ConvertFrom-Json -AsHashtable
$h.Keys -join ','
$h.a.c[1]
$h.GetType().Name
