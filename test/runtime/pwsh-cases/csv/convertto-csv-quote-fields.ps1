# csv: ConvertTo-Csv -UseQuotes AsNeeded quotes only fields that need it (ConvertTo-Csv)
[pscustomobject]@{ Name = 'Lee, Ann'; Note = 'ok' } | ConvertTo-Csv -UseQuotes AsNeeded
[pscustomobject]@{ Name = 'x'; Note = 'y' } | ConvertTo-Csv -NoHeader
