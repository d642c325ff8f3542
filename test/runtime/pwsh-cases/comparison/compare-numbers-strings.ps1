# comparison: the left operand type decides numeric or string comparison (about_Comparison_Operators)
10 -gt 9
'10' -gt '9'
10 -gt '9'
'abc' -lt 'abd'
