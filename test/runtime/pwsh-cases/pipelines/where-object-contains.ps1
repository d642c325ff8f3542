# pipelines: Where-Object -Contains and -NotContains test an array property (Where-Object)
$g = @(
    [pscustomobject]@{ Name = 'g1'; Members = 'ann', 'bob' }
    [pscustomobject]@{ Name = 'g2'; Members = 'cy' }
)
($g | Where-Object Members -Contains 'bob').Name
($g | Where-Object Members -NotContains 'bob').Name
