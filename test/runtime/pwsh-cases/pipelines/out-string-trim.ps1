# pipelines: Out-String renders formatted output as one string (Out-String)
$s = [pscustomobject]@{ A = 1; B = 2 } | Out-String
$s.GetType().Name
$s.Trim()
