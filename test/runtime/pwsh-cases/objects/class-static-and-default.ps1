# objects: class property defaults and static methods (about_Classes)
class Counter {
    [int]$Value = 10
    static [int] Double([int]$n) { return $n * 2 }
}
$c = [Counter]::new()
$c.Value
[Counter]::Double(21)
