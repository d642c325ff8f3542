# variables: a child scope reads parent variables but its assignments stay local (about_Scopes)
$level = 'script'
function Show-Level { "sees $level"; $level = 'function'; "now $level" }
Show-Level
$level
