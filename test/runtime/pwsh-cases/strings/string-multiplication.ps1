# strings: multiplying a string repeats it (about_Arithmetic_Operators)
'-' * 10
'ab' * 3
('x' * 0).Length
