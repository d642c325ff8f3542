# control-flow: foreach over a hashtable iterates it once as a whole; GetEnumerator iterates the entries (about_Hash_Tables)
$h = [ordered]@{ a = 1; b = 2 }
$count = 0
foreach ($x in $h) { $count++ }
$count
foreach ($e in $h.GetEnumerator()) { "$($e.Key):$($e.Value)" }
