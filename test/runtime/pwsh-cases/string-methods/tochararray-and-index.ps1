# string-methods: a string can be indexed and turned into characters (String.ToCharArray)
$s = 'hello'
$s[0]
$s[-1]
$s.ToCharArray().Count
($s.ToCharArray() | Sort-Object -Unique) -join ''
