# json: ConvertTo-Json -Depth controls how deep nested objects are serialized (ConvertTo-Json)
$o = @{ a = @{ b = @{ c = 1 } } }
$o | ConvertTo-Json -Depth 5 -Compress
[pscustomobject]@{ x = [pscustomobject]@{ y = 1 } } | ConvertTo-Json -Depth 1 -Compress
