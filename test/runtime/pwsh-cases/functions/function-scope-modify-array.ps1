# functions: a function can modify the contents of an array or hashtable passed to it (about_Functions)
function Add-Key($table) { $table['new'] = 1 }
$h = @{}
Add-Key $h
$h.Count
function Set-First($arr) { $arr[0] = 'changed' }
$a = @('orig')
Set-First $a
$a[0]
