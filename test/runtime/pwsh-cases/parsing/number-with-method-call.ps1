# parsing: calling methods on numeric literals needs parentheses (about_Methods)
(42).ToString('X')
(3.14159).ToString('F2')
(1, 2, 3).Count
