# hashtables: Add with an existing key throws, indexing assignment overwrites (Hashtable)
$h = @{ a = 1 }
try { $h.Add('a', 2) } catch { 'duplicate key' }
$h['a'] = 3
$h.a
