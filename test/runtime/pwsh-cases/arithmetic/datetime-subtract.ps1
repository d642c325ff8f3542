# arithmetic: subtracting datetimes gives a timespan (DateTime)
$start = [datetime]'2024-03-01 08:00'
$end = [datetime]'2024-03-04 20:30'
$span = $end - $start
$span.Days
$span.Hours
$span.TotalHours
($end - $start).GetType().Name
"$span"
