# control-flow: switch with -Exact and a default, testing numbers and strings (about_Switch)
foreach ($v in 1, '1', 'one') {
    switch -Exact ($v) {
        1 { "number-like $v" }
        'one' { 'word' }
    }
}
