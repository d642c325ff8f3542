# formatting: the o and s standard formats give sortable ISO 8601 text (DateTime.ToString)
$d = [datetime]::new(2024, 2, 3, 4, 5, 6, [System.DateTimeKind]::Utc)
$d.ToString('s')
$d.ToString('o')
$d.ToString('yyyy-MM-dd')
$d.Kind
