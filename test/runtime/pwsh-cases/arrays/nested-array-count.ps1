# arrays: @() around an array does not nest it, the unary comma does (about_Arrays)
$a = 1, 2, 3
@($a).Count
(, $a).Count
@(@(1, 2), @(3)).Count
