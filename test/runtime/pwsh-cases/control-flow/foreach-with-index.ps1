# control-flow: looping with an index using for and a range (about_For)
$names = 'a', 'b', 'c'
for ($i = 0; $i -lt $names.Count; $i++) { "$i=$($names[$i])" }
foreach ($i in 0..($names.Count - 1)) { if ($i -eq 1) { $names[$i] } }
