# strings: a double-quoted here-string expands variables and subexpressions (about_Quoting_Rules)
$name = 'srv01'
$cpu = 4
@"
Server: $name
CPUs:   $($cpu * 2)
"@
