# arithmetic: compound assignment operators (about_Assignment_Operators)
$n = 10
$n += 5; $n
$n -= 3; $n
$n *= 2; $n
$n /= 4; $n
$n %= 4; $n
