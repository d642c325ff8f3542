# comparison: -is and -isnot test types (about_Type_Operators)
42 -is [int]
'42' -is [int]
@(1) -is [array]
3.0 -isnot [double]
[pscustomobject]@{} -is [psobject]
