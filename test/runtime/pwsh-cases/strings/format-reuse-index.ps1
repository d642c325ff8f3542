# strings: the same -f index can appear several times (about_Operators)
'{0}-{1}-{0}' -f 'a', 'b'
'{1}{0}' -f 'x', 'y'
