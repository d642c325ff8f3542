# json: a single-element array stays an array with -InputObject or -AsArray (ConvertTo-Json)
ConvertTo-Json -InputObject @('only') -Compress
'only' | ConvertTo-Json -AsArray -Compress
@('only') | ConvertTo-Json -Compress
