# string-methods: Split with a string separator splits on the whole string (String.Split)
'a::b::c'.Split('::') -join '|'
'a, b, c'.Split(', ') -join '|'
