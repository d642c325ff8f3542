# literals: scientific notation literals are doubles (about_Numeric_Literals)
1e3
(1e3).GetType().Name
2.5e-2
