# errors: -ErrorVariable +name appends instead of replacing (about_CommonParameters)
Write-Error 'first' -ErrorAction SilentlyContinue -ErrorVariable errs
Write-Error 'second' -ErrorAction SilentlyContinue -ErrorVariable +errs
$errs.Count
$errs[1].Exception.Message
