# scriptblocks: $input enumerates pipeline input in a script block without a process block (about_Automatic_Variables)
$sum = { $t = 0; foreach ($i in $input) { $t += $i }; $t }
1..5 | & $sum
