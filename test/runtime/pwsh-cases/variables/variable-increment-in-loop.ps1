# variables: ++ and -- work on variables and array elements (about_Assignment_Operators)
$a = @(1, 2, 3)
$a[1]++
$a -join ','
$i = 5
$i--
$i
$h = @{ n = 1 }
$h.n++
$h.n
