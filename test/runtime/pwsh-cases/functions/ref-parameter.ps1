# functions: a [ref] parameter lets a function change the caller's variable (about_Ref)
function Bump([ref]$Counter) { $Counter.Value++ }
$n = 1
Bump ([ref]$n)
Bump ([ref]$n)
$n
