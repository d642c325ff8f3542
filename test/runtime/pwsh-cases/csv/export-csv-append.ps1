# csv: Export-Csv -Append adds rows without a second header (Export-Csv)
$path = Join-Path ([System.IO.Path]::GetTempPath()) 'tenantsh-export-append.csv'
[pscustomobject]@{ A = 1; B = 'x' } | Export-Csv -Path $path -NoTypeInformation
[pscustomobject]@{ A = 2; B = 'y' } | Export-Csv -Path $path -NoTypeInformation -Append
Get-Content $path
Remove-Item $path
