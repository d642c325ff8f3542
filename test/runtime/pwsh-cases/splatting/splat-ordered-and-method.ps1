# splatting: an [ordered] dictionary splats too (about_Splatting)
function Show { param($A, $B) "$A/$B" }
$o = [ordered]@{ B = 2; A = 1 }
Show @o
