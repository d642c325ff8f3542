# strings: doubles print with up to 15 significant digits and no trailing zeros (about_Arithmetic_Operators)
0.1 + 0.2
1.50
1e20
12345678901234567890.0
2.0 * 3
