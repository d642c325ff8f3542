# strings: -eq on strings ignores case; -lt orders alphabetically (about_Comparison_Operators)
'apple' -lt 'Banana'
'a' -eq 'A'
'Z' -gt 'a'
