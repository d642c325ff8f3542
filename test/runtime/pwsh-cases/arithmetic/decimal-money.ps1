# arithmetic: [decimal] keeps exact cents in money calculations (about_Numeric_Literals)
$price = [decimal]'19.99'
$price * 3
[decimal]0.1 + [decimal]0.2
0.1 + 0.2 -eq 0.3
[decimal]0.1 + [decimal]0.2 -eq [decimal]0.3
