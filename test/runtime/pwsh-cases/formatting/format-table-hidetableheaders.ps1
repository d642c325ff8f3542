# formatting: Format-Table -HideTableHeaders prints only the rows (Format-Table)
@(
    [pscustomobject]@{ Name = 'a'; N = 1 }
    [pscustomobject]@{ Name = 'bb'; N = 22 }
) | Format-Table -HideTableHeaders
