# hashtables: values of different types keep their types (about_Hash_Tables)
$h = @{ n = 5; s = '5'; l = 1, 2 }
$h.n.GetType().Name
$h.s.GetType().Name
$h.l.GetType().Name
$h.n + $h.s
