# control-flow: switch on an enum value compares its name (about_Switch)
$day = [System.DayOfWeek]::Saturday
switch ($day) { 'Saturday' { 'weekend' } 'Monday' { 'start' } }
switch ([int]$day) { 6 { 'six' } }
