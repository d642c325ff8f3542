# pipelines: -ExpandProperty on an array property outputs each element (Select-Object)
$groups = @(
    [pscustomobject]@{ Name = 'g1'; Members = @('ann', 'bob') }
    [pscustomobject]@{ Name = 'g2'; Members = @('cy') }
)
$groups | Select-Object -ExpandProperty Members
($groups | Select-Object -ExpandProperty Members).Count
