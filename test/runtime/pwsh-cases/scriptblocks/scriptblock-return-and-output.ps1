# scriptblocks: a script block can return several values and be called again (about_Script_Blocks)
$sb = { param($n) 1..$n }
(& $sb 3) -join ','
(& $sb 5).Count
$sb.GetType().Name
