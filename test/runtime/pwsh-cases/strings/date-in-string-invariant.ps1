# strings: a datetime inside a double-quoted string uses the invariant format (about_Quoting_Rules)
$d = [datetime]::new(2024, 1, 15, 10, 30, 0)
"at $d"
