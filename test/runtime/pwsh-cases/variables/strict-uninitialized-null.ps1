# variables: an unassigned variable is $null (about_Variables)
$null -eq $neverAssigned
"[$neverAssigned]"
$neverAssigned.Count
