# variables: .Count and .Length work on scalars too (about_Properties)
$one = 'single'
$one.Count
(5).Count
$none = $null
$none.Count
@(1..3 | Where-Object { $_ -gt 5 }).Count
