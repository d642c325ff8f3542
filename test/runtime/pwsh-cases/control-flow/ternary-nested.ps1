# control-flow: the ternary operator can be nested (about_Operators)
foreach ($n in -1, 0, 1) { $n -lt 0 ? 'neg' : ($n -eq 0 ? 'zero' : 'pos') }
