# replace-split-join: -replace is case-insensitive, -creplace is not; [regex]::Escape makes a literal pattern (about_Comparison_Operators)
'Hello HELLO' -replace 'hello', 'bye'
'Hello HELLO' -creplace 'hello', 'bye'
'1.5.0' -replace [regex]::Escape('.'), '_'
'a.b' -replace '.', 'x'
