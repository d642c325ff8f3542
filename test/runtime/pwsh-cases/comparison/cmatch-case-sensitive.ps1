# comparison: -cmatch and -ceq are case-sensitive (about_Comparison_Operators)
'Hello' -cmatch '^h'
'Hello' -match '^h'
'ABC' -ceq 'abc'
'ABC' -ieq 'abc'
