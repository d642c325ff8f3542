# strings: a single-quoted here-string is literal and can be split into lines (about_Quoting_Rules)
$text = @'
line one $notexpanded
line two
'@
($text -split "`n").Count
$text.Split("`n")[0]
