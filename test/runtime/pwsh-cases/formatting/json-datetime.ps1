# formatting: ConvertTo-Json writes a datetime as ISO 8601 text (ConvertTo-Json)
$d = [datetime]::new(2024, 5, 6, 7, 8, 9)
@{ when = $d } | ConvertTo-Json -Compress
