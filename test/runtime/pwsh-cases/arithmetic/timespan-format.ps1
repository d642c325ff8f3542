# arithmetic: timespan custom format strings (TimeSpan.ToString)
$t = New-TimeSpan -Hours 2 -Minutes 5 -Seconds 3
$t.ToString('hh\:mm\:ss')
'{0:hh\:mm}' -f $t
$t.TotalSeconds
[timespan]::FromSeconds(3725).ToString()
