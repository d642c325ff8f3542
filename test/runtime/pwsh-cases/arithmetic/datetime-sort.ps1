# arithmetic: Sort-Object orders datetimes chronologically (Sort-Object)
$dates = [datetime]'2024-05-01', [datetime]'2023-12-31', [datetime]'2024-01-15'
$dates | Sort-Object | ForEach-Object { $_.ToString('yyyy-MM-dd') }
($dates | Measure-Object -Maximum).Maximum.ToString('yyyy-MM-dd')
