# parsing: a line ending with | or an operator continues on the next line (about_Parsing)
$x = 1 +
    2
$x
1..3 |
    ForEach-Object { $_ * 2 } |
    Measure-Object -Sum |
    ForEach-Object Sum
