# functions: a returned hashtable is one object (about_Return)
function Get-Config { @{ a = 1; b = 2 } }
$c = Get-Config
$c.GetType().Name
$c.Count
(Get-Config).b
