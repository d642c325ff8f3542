# arithmetic: datetimes compare with -lt and -gt (DateTime)
$expiry = [datetime]'2024-06-30'
$today = [datetime]'2024-07-01'
$today -gt $expiry
($today - $expiry).Days
[datetime]'2024-01-01' -eq [datetime]'2024-01-01T00:00:00'
