# json: a list of objects converts to a JSON array of objects (ConvertTo-Json)
@(
    [pscustomobject]@{ Name = 'a'; Size = 1 }
    [pscustomobject]@{ Name = 'b'; Size = 2 }
) | ConvertTo-Json
