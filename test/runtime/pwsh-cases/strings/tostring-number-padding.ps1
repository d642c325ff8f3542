# strings: padding numbers with D and 0 formats for file names (about_Operators)
foreach ($i in 1, 10, 100) { 'file{0:D3}.log' -f $i }
'{0:00}:{1:00}' -f 5, 7
