# arithmetic: adding a timespan to a datetime moves it forward (DateTime)
$d = [datetime]'2024-12-31 23:00'
($d + [timespan]'02:00:00').ToString('yyyy-MM-dd HH:mm')
($d - (New-TimeSpan -Days 7)).ToString('yyyy-MM-dd')
(New-TimeSpan -Hours 36).TotalDays
