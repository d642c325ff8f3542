# string-methods: .Replace is literal while -replace is a regex (String.Replace)
'a.b.c'.Replace('.', '-')
'a.b.c' -replace '.', '-'
'a.b.c' -replace '\.', '-'
