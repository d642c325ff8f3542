# literals: a string cast to [datetime] is parsed as an invariant date (about_Type_Conversion)
$d = [datetime]'2024-02-29'
$d.Year
$d.Month
$d.DayOfWeek
$d.DayOfYear
