# arithmetic: static DateTime helpers (DateTime)
[datetime]::DaysInMonth(2024, 2)
[datetime]::IsLeapYear(2023)
[datetime]::new(2024, 1, 1).AddDays(-1).ToString('yyyy-MM-dd')
