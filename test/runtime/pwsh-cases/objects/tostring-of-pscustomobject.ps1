# objects: a pscustomobject in a string shows @{...} notation (about_PSCustomObject)
$o = [pscustomobject]@{ a = 1; b = 'x' }
"$o"
$o.ToString()
[string]$o
