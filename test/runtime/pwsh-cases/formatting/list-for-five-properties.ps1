# formatting: an object with five or more properties prints as a list (about_Format.ps1xml)
[pscustomobject]@{ A = 1; B = 'two'; C = 3.5; D = $true; E = 'five' }
