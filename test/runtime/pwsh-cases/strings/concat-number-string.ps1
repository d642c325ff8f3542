# strings: + with a string on the left concatenates; with a number on the left it adds (about_Arithmetic_Operators)
'1' + 2
1 + '2'
'total: ' + 3 * 2
