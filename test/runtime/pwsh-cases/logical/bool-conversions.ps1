# logical: [bool] conversion of common values (about_Booleans)
[bool]'False'
[bool]0.0
[bool]@(0)
[bool]@(0, 0)
[bool][pscustomobject]@{}
[bool]$null
