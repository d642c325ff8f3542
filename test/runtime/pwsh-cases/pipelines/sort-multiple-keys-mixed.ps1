# pipelines: Sort-Object with hashtables sets the direction per key (Sort-Object)
$rows = @(
    [pscustomobject]@{ Dept = 'IT'; Age = 30; Name = 'a' }
    [pscustomobject]@{ Dept = 'HR'; Age = 40; Name = 'b' }
    [pscustomobject]@{ Dept = 'IT'; Age = 50; Name = 'c' }
)
$rows | Sort-Object @{ Expression = 'Dept'; Descending = $false }, @{ Expression = 'Age'; Descending = $true } | ForEach-Object Name
