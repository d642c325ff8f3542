# arithmetic: converting bytes to GB with the GB multiplier and rounding (about_Numeric_Literals)
$bytes = 53687091200
$bytes / 1GB
[math]::Round(123456789 / 1MB, 2)
'{0:N2} GB' -f (5368709120 / 1GB)
