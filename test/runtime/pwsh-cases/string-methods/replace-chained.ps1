# string-methods: the Replace method is literal and can be chained (String.Replace)
'C:\temp\file.txt'.Replace('\', '/').Replace('.txt', '.log')
'a.b.c'.Replace('.', '')
