# formatting: Format-List separates several objects with a blank line (Format-List)
@(
    [pscustomobject]@{ Name = 'a'; Size = 1 }
    [pscustomobject]@{ Name = 'b'; Size = 2 }
) | Format-List
