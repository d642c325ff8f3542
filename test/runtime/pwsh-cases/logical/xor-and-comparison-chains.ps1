# logical: -xor is true when exactly one side is true (about_Logical_Operators)
$true -xor $true
$true -xor $false
(1 -eq 1) -xor (2 -eq 3)
