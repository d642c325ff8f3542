# arithmetic: stepping through days and checking DayOfWeek (DateTime)
$d = [datetime]'2024-03-08'
0..3 | ForEach-Object { $x = $d.AddDays($_); '{0:yyyy-MM-dd} {1}' -f $x, $x.DayOfWeek }
