# control-flow: while ($true) with break (about_While)
$n = 0
while ($true) {
    $n++
    if ($n -ge 4) { break }
}
$n
