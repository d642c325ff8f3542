# formatting: null values print as empty cells, booleans as True/False (Format-Table)
@(
    [pscustomobject]@{ Name = 'a'; Manager = $null; Active = $true }
    [pscustomobject]@{ Name = 'b'; Manager = 'ann'; Active = $false }
)
