# strings: -f with an array variable on the right spreads its elements (about_Operators)
$parts = 'ann', 34
'{0} is {1}' -f $parts
'{0}' -f @(, @(1, 2))
