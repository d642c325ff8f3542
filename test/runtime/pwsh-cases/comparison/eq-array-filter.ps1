# comparison: -eq on an array returns matching elements, not a boolean (about_Comparison_Operators)
$codes = 200, 404, 200, 500
($codes -eq 200).Count
$codes -ne 200
[bool]($codes -eq 302)
