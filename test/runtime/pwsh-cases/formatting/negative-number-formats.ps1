# formatting: -f with negative numbers and a section separator (about_Operators)
'{0:N2}' -f -1234.567
'{0:0.00;(0.00)}' -f -5
'{0:+0;-0;zero}' -f 0
'{0,8:N1}|' -f -3.14159
