# json: default ConvertTo-Json output is indented with two spaces (ConvertTo-Json)
[ordered]@{ name = 'x'; list = @(1, 2); inner = [ordered]@{ k = 'v' } } | ConvertTo-Json
