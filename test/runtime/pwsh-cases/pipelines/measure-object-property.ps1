# pipelines: Measure-Object -Property sums one property of the input objects (Measure-Object)
$disks = @(
    [pscustomobject]@{ Name = 'C'; FreeGB = 10.5 }
    [pscustomobject]@{ Name = 'D'; FreeGB = 200 }
)
$m = $disks | Measure-Object -Property FreeGB -Sum -Maximum
$m.Sum
$m.Maximum
$m.Property
