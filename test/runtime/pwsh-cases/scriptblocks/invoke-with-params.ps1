# scriptblocks: a script block with param() is invoked with & and arguments (about_Script_Blocks)
$add = { param($a, $b) $a + $b }
& $add 2 3
$add.Invoke(4, 5)
& { param($x) $x * 2 } 21
