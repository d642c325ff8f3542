# json: ConvertTo-Json escapes quotes, backslashes and control characters (ConvertTo-Json)
[ordered]@{ path = 'C:\temp\"x"'; tab = "a`tb" } | ConvertTo-Json -Compress
