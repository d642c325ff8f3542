# control-flow: a labeled continue resumes the outer loop (about_Continue)
:outer foreach ($a in 1..3) {
    foreach ($b in 1..3) {
        if ($b -eq 2) { continue outer }
        "$a-$b"
    }
}
