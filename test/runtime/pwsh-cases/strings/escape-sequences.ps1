# strings: backtick escapes for tab, newline and a literal dollar (about_Special_Characters)
"a`tb"
"line1`nline2"
"cost: `$5"
'single: $5'
