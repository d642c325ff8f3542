# parsing: a subexpression argument passes the result, not the text (about_Parsing)
Write-Output (1 + 2)
Write-Output $(1 + 2)
Write-Output 1+2
