# csv: -QuoteFields quotes only the named columns (ConvertTo-Csv)
[pscustomobject]@{ A = 1; B = 'x' } | ConvertTo-Csv -QuoteFields B
