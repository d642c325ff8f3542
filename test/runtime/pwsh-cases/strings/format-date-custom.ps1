# strings: -f formats a datetime with a custom pattern (about_Operators)
$d = [datetime]::new(2024, 3, 5, 14, 7, 9)
'{0:yyyy-MM-dd HH:mm:ss}' -f $d
'{0:dd/MM/yy}' -f $d
'{0:MMMM d, yyyy}' -f $d
