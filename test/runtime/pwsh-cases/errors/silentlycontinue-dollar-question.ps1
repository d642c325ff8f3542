# errors: -ErrorAction SilentlyContinue hides the error but $? is False (about_CommonParameters)
Get-Variable -Name noSuchVariableHere -ErrorAction SilentlyContinue
"succeeded: $?"
'ok' | Out-Null
"succeeded: $?"
