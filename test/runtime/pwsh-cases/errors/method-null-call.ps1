# errors: calling a method on $null raises an error with a documented message (about_Null)
$x = $null
try { $x.ToUpper() } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
