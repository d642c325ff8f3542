# automatic-variables: $Matches holds the last successful -match (about_Automatic_Variables)
'v1.2.3' -match '(\d+)\.(\d+)\.(\d+)' | Out-Null
$Matches[1]
$Matches[3]
$Matches.Count
