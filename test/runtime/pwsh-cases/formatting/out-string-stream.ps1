# formatting: Out-String -Stream splits the formatted output into lines (Out-String)
$lines = [pscustomobject]@{ A = 1 } | Out-String -Stream
$lines.Count
$lines[1]
