# arithmetic: datetime methods add days, hours and months (DateTime)
$d = [datetime]'2024-01-31'
$d.AddDays(1).ToString('yyyy-MM-dd')
$d.AddMonths(1).ToString('yyyy-MM-dd')
$d.AddHours(-1).ToString('yyyy-MM-dd HH:mm')
$d.AddYears(1).ToString('yyyy-MM-dd')
