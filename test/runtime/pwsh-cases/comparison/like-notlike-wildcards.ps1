# comparison: -like and -notlike use *, ? and [] wildcards (about_Comparison_Operators)
'srv-web-01' -like 'srv-*-0?'
'report.csv' -notlike '*.txt'
'b1' -like '[a-c]1'
'Admin' -clike 'admin'
