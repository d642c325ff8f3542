# arithmetic: Int32 arithmetic that overflows widens to a double, [long] keeps precision (about_Arithmetic_Operators)
[int]::MaxValue + 1
([int]::MaxValue + 1).GetType().Name
[long][int]::MaxValue + 1
([long]2147483647 * 2).GetType().Name
