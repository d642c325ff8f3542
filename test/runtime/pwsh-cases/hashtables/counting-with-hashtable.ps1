# hashtables: a hashtable used as a counter (about_Hash_Tables)
$counts = @{}
foreach ($w in 'a', 'b', 'a', 'c', 'a') { $counts[$w] = $counts[$w] + 1 }
$counts['a']
$counts.Keys.Count
foreach ($k in $counts.Keys | Sort-Object) { "$k=$($counts[$k])" }
