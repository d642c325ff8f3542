# string-methods: extracting a file extension with LastIndexOf and Substring (String.Substring)
$f = 'archive.tar.gz'
$f.Substring($f.LastIndexOf('.') + 1)
$f.Substring(0, $f.IndexOf('.'))
