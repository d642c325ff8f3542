# literals: [timespan] from a string and its components (about_Type_Conversion)
$t = [timespan]'01:30:15'
$t.TotalMinutes
$t.Hours
"$t"
[timespan]::FromMinutes(90).ToString()
