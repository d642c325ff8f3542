# formatting: very large or very small doubles print in exponent notation (about_Numeric_Literals)
1e15
1e16
0.0001
0.00001
123456789.123
