# comparison: -in with a range and numbers (about_Comparison_Operators)
5 -in 1..10
'5' -in 1..10
11 -in 1..10
