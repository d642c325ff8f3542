# parsing: bare words in argument mode are strings; numbers stay numbers (about_Parsing)
function Show-Type { param($V) "$V $($V.GetType().Name)" }
Show-Type hello
Show-Type 42
Show-Type 4.5
Show-Type 012
Show-Type a,b
