# formatting: decimals keep trailing zeros, doubles do not (about_Numeric_Literals)
1.10d
1.10
[decimal]'2.500'
0.1 * 3
[double]::Parse('1.25')
1/8
