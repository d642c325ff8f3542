# hashtables: an ordered dictionary can be indexed by position and by key (about_Hash_Tables)
$o = [ordered]@{ one = 1; two = 2 }
$o.Insert(0, 'zero', 0)
$o[0]
$o['two']
$o.Keys -join ','
$o.GetType().Name
