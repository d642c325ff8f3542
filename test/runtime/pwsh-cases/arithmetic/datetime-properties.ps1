# arithmetic: datetime parts and the Date property (DateTime)
$d = [datetime]::new(2023, 11, 5, 17, 45, 30)
$d.Date.ToString('yyyy-MM-dd HH:mm:ss')
$d.Hour
$d.Minute
$d.DayOfWeek
[int]$d.DayOfWeek
$d.ToString('ddd dd MMM yyyy')
