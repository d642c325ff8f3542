# json: arrays of numbers and nested hashtables in compressed JSON (ConvertTo-Json)
[ordered]@{ ids = @(1, 2, 3); empty = @(); flag = $true; none = $null } | ConvertTo-Json -Compress
