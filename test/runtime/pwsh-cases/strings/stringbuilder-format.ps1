# strings: -f inside a loop builds aligned report lines (about_Operators)
$data = [ordered]@{ cpu = 0.75; ram = 0.5 }
foreach ($k in $data.Keys) { '{0,-4}{1,6:F2}' -f $k, $data[$k] }
