# replace-split-join: -replace with one argument removes the matches (about_Comparison_Operators)
'(555) 123-4567' -replace '[^\d]'
'  many   spaces  ' -replace '\s+', ' '
