# pipelines: Sort-Object -Unique on objects by property (Sort-Object)
$p = @(
    [pscustomobject]@{ Dept = 'IT' }
    [pscustomobject]@{ Dept = 'HR' }
    [pscustomobject]@{ Dept = 'IT' }
)
($p | Sort-Object Dept -Unique).Dept -join ','
($p.Dept | Select-Object -Unique) -join ','
