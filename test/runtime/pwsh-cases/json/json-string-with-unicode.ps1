# json: non-ASCII characters are kept, < and > are escaped only with -EscapeHandling (ConvertTo-Json)
@{ s = 'café <b>' } | ConvertTo-Json -Compress
@{ s = 'café <b>' } | ConvertTo-Json -Compress -EscapeHandling EscapeHtml
