# control-flow: break inside ForEach-Object ends the whole script block loop like a loop statement (about_Break)
$found = $null
foreach ($n in 3, 8, 12) { if ($n -gt 5) { $found = $n; break } }
$found
