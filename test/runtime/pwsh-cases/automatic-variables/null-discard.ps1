# automatic-variables: assigning to $null discards; $null stays null (about_Automatic_Variables)
$null = 5
$null -eq $null
$x = $null
"[$x]"
