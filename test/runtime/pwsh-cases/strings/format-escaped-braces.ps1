# strings: doubled braces print literal braces in -f output (about_Operators)
'{{ "name": "{0}" }}' -f 'ann'
'{0}{{1}}' -f 'x'
