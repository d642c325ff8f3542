# string-methods: the Contains method is case-sensitive, unlike -like and -match (String.Contains)
'Contoso'.Contains('toso')
'Contoso'.Contains('TOSO')
'Contoso' -like '*TOSO*'
