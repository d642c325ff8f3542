# errors: $ErrorActionPreference = 'SilentlyContinue' hides non-terminating errors (about_Preference_Variables)
$ErrorActionPreference = 'SilentlyContinue'
Write-Error 'hidden'
'continued'
$Error.Count
