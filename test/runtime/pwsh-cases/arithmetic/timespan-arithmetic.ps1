# arithmetic: timespans add, compare and convert (TimeSpan)
$a = New-TimeSpan -Minutes 90
$b = New-TimeSpan -Hours 1
($a + $b).TotalMinutes
$a -gt $b
($a - $b).ToString()
[timespan]::FromDays(1.5).TotalHours
