# strings: splitting text into lines with -split and a regex for both newline styles (about_Split)
$text = "one`r`ntwo`nthree"
$lines = $text -split '\r?\n'
$lines.Count
$lines[1]
