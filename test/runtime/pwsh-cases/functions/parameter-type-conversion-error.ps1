# functions: an argument that cannot convert to the parameter type fails binding (about_Functions_Advanced_Parameters)
function Add-Days([int]$Days) { $Days * 2 }
Add-Days 3
try { Add-Days 'three' } catch { $_.FullyQualifiedErrorId }
