# pipelines: Group-Object with two properties names groups with a comma (Group-Object)
$rows = @(
    [pscustomobject]@{ Dept = 'IT'; Site = 'Oslo' }
    [pscustomobject]@{ Dept = 'IT'; Site = 'Rome' }
    [pscustomobject]@{ Dept = 'IT'; Site = 'Oslo' }
)
$rows | Group-Object Dept, Site | ForEach-Object { "$($_.Name): $($_.Count)" }
