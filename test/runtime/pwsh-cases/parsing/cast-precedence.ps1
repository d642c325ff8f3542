# parsing: a cast binds tighter than a binary operator (about_Operator_Precedence)
[int]'5' + '5'
[string]5 + 5
[int]('5' + '5')
