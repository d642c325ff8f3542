# hashtables: Clone makes a shallow copy; assignment shares the table (about_Hash_Tables)
$a = @{ x = 1 }
$b = $a
$c = $a.Clone()
$a.x = 99
$b.x
$c.x
