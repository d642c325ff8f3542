# automatic-variables: $input in a function end block holds all pipeline input (about_Automatic_Variables)
function Get-Sum { $total = 0; foreach ($n in $input) { $total += $n }; $total }
1..4 | Get-Sum
