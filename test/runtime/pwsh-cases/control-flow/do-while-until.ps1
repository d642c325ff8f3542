# control-flow: do-while and do-until run the body at least once (about_Do)
$i = 0
do { $i++ } while ($i -lt 3)
$i
$j = 10
do { $j++ } until ($j -gt 5)
$j
