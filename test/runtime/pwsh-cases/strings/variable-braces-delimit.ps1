# strings: ${name} separates a variable name from following text (about_Variables)
$item = 'disk'
"${item}s found"
"$item-01"
