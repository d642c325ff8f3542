# json: nested objects beyond -Depth are converted to strings (ConvertTo-Json)
$o = [ordered]@{ l1 = [ordered]@{ l2 = [ordered]@{ l3 = 'deep' } } }
$o | ConvertTo-Json -Depth 1 -Compress 3>$null
