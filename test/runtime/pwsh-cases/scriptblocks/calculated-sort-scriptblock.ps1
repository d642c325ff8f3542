# scriptblocks: script blocks as Sort-Object keys (Sort-Object)
'apple', 'fig', 'banana' | Sort-Object { $_.Length } | ForEach-Object { $_ }
'b10', 'a2', 'c1' | Sort-Object { [int]($_.Substring(1)) }
