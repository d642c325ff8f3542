# formatting: Out-String of a table keeps the blank lines around it (Out-String)
$s = @([pscustomobject]@{ K = 'a'; V = 1 }) | Format-Table | Out-String
$s.Split("`n").Count
$s.Trim()
