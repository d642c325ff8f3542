# parsing: statements in one line separated by semicolons in if and hashtables (about_Parsing)
if ($true) { 'a'; 'b' } else { 'c' }
$h = @{ a = 1; b = 2 }; $h.a + $h.b
