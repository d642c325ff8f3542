# splatting: an array splat and a hashtable splat can be used together (about_Splatting)
function Copy-Data { param($From, $To, [switch]$Force) "$From>$To force=$Force" }
$positional = @('a', 'b')
$named = @{ Force = $true }
Copy-Data @positional @named
