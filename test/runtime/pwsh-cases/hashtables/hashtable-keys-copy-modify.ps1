# hashtables: modifying a hashtable while enumerating its Keys fails; enumerate a copy instead (about_Hash_Tables)
$h = [ordered]@{ a = 1; b = 2 }
foreach ($k in @($h.Keys)) { $h[$k] = $h[$k] * 10 }
$h.a + $h.b
