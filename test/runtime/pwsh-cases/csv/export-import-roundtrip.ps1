# csv: Export-Csv then Import-Csv round-trips objects through a file (Export-Csv)
$path = Join-Path ([System.IO.Path]::GetTempPath()) 'tenantsh-export-roundtrip.csv'
@(
    [pscustomobject]@{ Name = 'ann'; Age = 34 }
    [pscustomobject]@{ Name = 'bob'; Age = 41 }
) | Export-Csv -Path $path -NoTypeInformation
Get-Content $path
(Import-Csv $path | Measure-Object).Count
Remove-Item $path
