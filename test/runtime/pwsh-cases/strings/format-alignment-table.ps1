# strings: -f alignment builds fixed-width report columns (about_Operators)
foreach ($row in @(@('web01', 12.5), @('db-server', 3))) {
    '{0,-10}|{1,8:F2}|' -f $row[0], $row[1]
}
