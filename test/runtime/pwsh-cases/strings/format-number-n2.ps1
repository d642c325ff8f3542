# strings: -f with N2 groups thousands and rounds to two decimals (about_Operators)
'{0:N2}' -f 1234567.891
'{0:N0}' -f 1234.7
'{0:N1}' -f -0.05
