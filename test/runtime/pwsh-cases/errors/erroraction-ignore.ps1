# errors: -ErrorAction Ignore does not record the error in $Error (about_CommonParameters)
Write-Error 'ignored' -ErrorAction Ignore
$Error.Count
Write-Error 'silent' -ErrorAction SilentlyContinue
$Error.Count
