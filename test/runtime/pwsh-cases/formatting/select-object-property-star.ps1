# formatting: Select-Object * keeps every property (Select-Object)
[pscustomobject]@{ Z = 1; A = 2 } | Select-Object *
