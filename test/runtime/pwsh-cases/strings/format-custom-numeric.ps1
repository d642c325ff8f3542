# strings: custom numeric format strings pad with zeros and place separators (about_Operators)
'{0:000}' -f 7
'{0:#,##0.00}' -f 1234.5
'{0:0.##}' -f 3.10
'{0:D5}' -f 42
