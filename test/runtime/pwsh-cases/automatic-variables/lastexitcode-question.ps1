# automatic-variables: $? is True after a successful command and False after a failed one (about_Automatic_Variables)
'ok' | Out-Null
$?
try { [int]'x' } catch { }
$?
