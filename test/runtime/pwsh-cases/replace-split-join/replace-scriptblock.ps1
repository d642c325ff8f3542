# replace-split-join: -replace with a script block computes each replacement (about_Comparison_Operators)
'price 10 and 20' -replace '\d+', { [int]$_.Value * 2 }
'hello world' -replace '\b(\w)', { $_.Groups[1].Value.ToUpper() }
