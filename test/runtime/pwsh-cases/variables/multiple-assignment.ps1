# variables: assigning an array to several variables spreads the values; the last gets the rest (about_Assignment_Operators)
$first, $second, $rest = 1, 2, 3, 4, 5
$first
$second
$rest -join ','
$a = $b = 7
"$a $b"
