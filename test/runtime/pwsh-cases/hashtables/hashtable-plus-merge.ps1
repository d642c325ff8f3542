# hashtables: + merges two hashtables; duplicate keys fail (about_Hash_Tables)
$a = @{ x = 1 }
$b = @{ y = 2 }
$c = $a + $b
$c.Count
try { $a + @{ x = 3 } } catch { 'duplicate' }
