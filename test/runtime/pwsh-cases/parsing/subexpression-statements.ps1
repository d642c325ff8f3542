# parsing: $() can hold several statements and loops (about_Operators)
"sum: $(($t = 0); foreach ($i in 1..4) { $t += $i }; $t)"
"items: $(@('a', 'b') -join '/')"
