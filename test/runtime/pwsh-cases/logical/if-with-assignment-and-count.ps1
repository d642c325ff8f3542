# logical: testing a collection's Count and a string for emptiness (about_If)
$items = @()
if ($items.Count -eq 0) { 'no items' }
$name = ''
if (-not $name) { 'no name' }
if ($name -eq '') { 'empty' }
