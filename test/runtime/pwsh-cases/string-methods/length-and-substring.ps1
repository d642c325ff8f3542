# string-methods: Substring with start and length; Length counts characters (String.Substring)
$id = 'EMP-00042'
$id.Length
$id.Substring(4)
$id.Substring(0, 3)
[int]$id.Substring(4)
