# formatting: integer columns right-align and header widths follow the widest value (Format-Table)
@(
    [pscustomobject]@{ Name = 'a'; Count = 5; Total = 1000000 }
    [pscustomobject]@{ Name = 'longer-name'; Count = 12345; Total = 7 }
)
