# string-methods: Split returns an array that can be indexed directly (String.Split)
$upn = 'ann.lee@contoso.com'
$upn.Split('@')[0]
$upn.Split('@')[1].Split('.')[0]
'a,b,,c'.Split(',').Count
