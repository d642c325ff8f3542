# objects: two pscustomobjects with the same values are not -eq; a reference to the same one is (about_Comparison_Operators)
$a = [pscustomobject]@{ n = 1 }
$b = [pscustomobject]@{ n = 1 }
$a -eq $b
$c = $a
$c -eq $a
