# formatting: Select-Object -First on objects keeps table output (Select-Object)
1..5 | ForEach-Object { [pscustomobject]@{ N = $_; Square = $_ * $_ } } | Select-Object -First 3
