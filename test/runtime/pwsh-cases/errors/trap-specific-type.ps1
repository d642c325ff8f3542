# errors: trap with a type handles only that exception type (about_Trap)
function Test-Trap {
    trap [System.DivideByZeroException] { 'div trap'; continue }
    $z = 0
    1 / $z
    'after division'
}
Test-Trap
