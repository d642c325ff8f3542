# literals: $true and $false print as True and False, in strings too (about_Booleans)
$true
"$false"
[string]$true
$true.ToString().ToLower()
