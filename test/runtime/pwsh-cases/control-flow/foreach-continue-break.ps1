# control-flow: continue skips to the next item, break leaves the loop (about_Continue)
foreach ($n in 1..10) {
    if ($n % 2) { continue }
    if ($n -gt 6) { break }
    $n
}
