# variables: reading a property of $null gives $null, not an error (about_Null)
$missing = $null
$null -eq $missing.Name
"[$($missing.Name)]"
@($missing).Count
@($null, $null).Count
