# functions: everything a function outputs is returned, not only the return value (about_Return)
function Get-Value {
    'log line'
    return 42
}
$r = Get-Value
$r.Count
$r[1]
