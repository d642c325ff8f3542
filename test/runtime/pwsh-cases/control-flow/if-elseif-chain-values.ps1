# control-flow: if statements can be assigned to a variable (about_If)
foreach ($gb in 5, 50, 500) {
    $tier = if ($gb -lt 10) { 'S' } elseif ($gb -lt 100) { 'M' } else { 'L' }
    "$gb $tier"
}
