# literals: [char] casts between characters and code points (about_Type_Conversion)
[char]65
[int][char]'a'
[char]'x' -eq 'X'
([char]'a').GetType().Name
