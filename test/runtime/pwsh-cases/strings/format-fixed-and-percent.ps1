# strings: the F format specifier fixes the number of decimals (about_Operators)
'{0:F3}' -f 2.5
'{0:F1}' -f 7
'{0:F2}' -f -1.006
