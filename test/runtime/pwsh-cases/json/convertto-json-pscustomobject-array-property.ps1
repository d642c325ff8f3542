# json: an object with an array property serializes the array (ConvertTo-Json)
[pscustomobject]@{ Name = 'g'; Members = @('a', 'b') } | ConvertTo-Json -Compress
[pscustomobject]@{ Name = 'g'; Members = @('a') } | ConvertTo-Json -Compress
