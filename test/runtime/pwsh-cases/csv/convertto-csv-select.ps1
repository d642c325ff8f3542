# csv: ConvertTo-Csv after Select-Object writes only the chosen columns (ConvertTo-Csv)
@(
    [pscustomobject]@{ Name = 'ann'; Age = 34; Secret = 'x' }
    [pscustomobject]@{ Name = 'bob'; Age = 41; Secret = 'y' }
) | Select-Object Name, Age | ConvertTo-Csv
