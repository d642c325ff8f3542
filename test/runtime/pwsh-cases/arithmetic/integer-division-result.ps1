# arithmetic: dividing integers gives a double when not exact; [math]::Floor or [int] gives an integer (about_Arithmetic_Operators)
7 / 2
(7 / 2).GetType().Name
8 / 2
(8 / 2).GetType().Name
[math]::Floor(7 / 2)
[int][math]::Floor(7 / 2)
