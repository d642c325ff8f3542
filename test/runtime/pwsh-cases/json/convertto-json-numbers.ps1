# json: doubles, decimals and large numbers in JSON (ConvertTo-Json)
@(1.5, 10, 2.0, [decimal]'3.10', 1e20) | ConvertTo-Json -Compress
