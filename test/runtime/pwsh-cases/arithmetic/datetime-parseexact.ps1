# arithmetic: ParseExact reads a date in a fixed format (DateTime.ParseExact)
$d = [datetime]::ParseExact('15/03/2024 09:05', 'dd/MM/yyyy HH:mm', [cultureinfo]::InvariantCulture)
$d.ToString('yyyy-MM-ddTHH:mm')
$d.Month
[datetime]::ParseExact('20240102', 'yyyyMMdd', $null).DayOfWeek
