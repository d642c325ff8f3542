# functions: $PSBoundParameters can be splatted to another command (about_Splatting)
function Inner { param($A, $B) "A=$A B=$B" }
function Outer {
    param($A, $B)
    Inner @PSBoundParameters
}
Outer -A 1 -B 2
Outer -B 3
