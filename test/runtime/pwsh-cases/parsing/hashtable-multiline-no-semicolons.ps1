# parsing: hashtable entries on separate lines need no semicolons (about_Hash_Tables)
$h = @{
    a = 1
    b = 'two'
    c = @(3, 4)
}
$h.Count
$h.c[1]
