# scriptblocks: GetNewClosure captures the current values of variables (about_Script_Blocks)
$makers = foreach ($n in 1..3) { { "n is $n" }.GetNewClosure() }
& $makers[0]
& $makers[2]
