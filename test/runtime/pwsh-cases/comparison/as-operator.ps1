# comparison: -as converts or returns $null instead of failing (about_Type_Operators)
'42' -as [int]
$null -eq ('abc' -as [int])
'3.7' -as [int]
('2024-01-02' -as [datetime]).Day
