# arithmetic: a numeric string on the right is converted to the left operand's type (about_Arithmetic_Operators)
10 - '3'
'10' - 3
'4' * '2'
[int]'  42  '
'3.5' * 2
