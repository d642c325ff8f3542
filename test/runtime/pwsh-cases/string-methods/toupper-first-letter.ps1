# string-methods: capitalizing the first letter with Substring and ToUpper (String.ToUpper)
$n = 'ann'
$n.Substring(0, 1).ToUpper() + $n.Substring(1)
(Get-Culture).TextInfo.ToTitleCase('hello world')
