# formatting: doubles in a table print like they print alone (Format-Table)
@(
    [pscustomobject]@{ Item = 'x'; Price = 1.5 }
    [pscustomobject]@{ Item = 'y'; Price = 10.25 }
    [pscustomobject]@{ Item = 'z'; Price = 100 }
)
