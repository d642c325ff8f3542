# variables: $script: lets a function change a script-level variable (about_Scopes)
$counter = 0
function Add-Count { $script:counter++ }
Add-Count
Add-Count
$counter
function Try-Local { $counter = 100 }
Try-Local
$counter
