# variables: assigning $null clears a variable; Clear-Variable does too (Clear-Variable)
$v = 'x'
$v = $null
$null -eq $v
$w = 5
Clear-Variable -Name w
$null -eq $w
