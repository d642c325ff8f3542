# string-methods: IndexOf and LastIndexOf return positions or -1 (String.IndexOf)
'user@contoso.com'.IndexOf('@')
'a.b.c'.LastIndexOf('.')
'abc'.IndexOf('z')
