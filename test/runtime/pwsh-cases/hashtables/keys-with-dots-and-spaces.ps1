# hashtables: quoted keys with spaces or dots are read with quotes or indexes (about_Hash_Tables)
$h = @{ 'display name' = 'Ann'; 'a.b' = 1 }
$h.'display name'
$h['a.b']
