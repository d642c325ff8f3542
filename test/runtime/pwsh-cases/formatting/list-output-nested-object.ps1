# formatting: a nested object in a list prints in @{...} notation (Format-List)
[pscustomobject]@{ Name = 'ann'; Manager = [pscustomobject]@{ Name = 'bob' } } | Format-List
