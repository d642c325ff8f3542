# pipelines: Group-Object output prints as a Count/Name/Group table (Group-Object)
$users = @(
    [pscustomobject]@{ Name = 'Ann'; Dept = 'IT' }
    [pscustomobject]@{ Name = 'Bob'; Dept = 'HR' }
    [pscustomobject]@{ Name = 'Cy'; Dept = 'IT' }
)
$users | Group-Object Dept | Select-Object Name, Count
