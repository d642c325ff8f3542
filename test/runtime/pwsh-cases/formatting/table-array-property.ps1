# formatting: an array-valued property prints in braces (about_Format.ps1xml)
[pscustomobject]@{ Name = 'g1'; Members = @('ann', 'bob', 'cy') }
