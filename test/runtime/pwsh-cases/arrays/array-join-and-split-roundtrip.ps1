# arrays: joining and splitting round-trips a list (about_Join)
$csv = 'a', 'b', 'c' -join ';'
$csv
($csv -split ';').Count
