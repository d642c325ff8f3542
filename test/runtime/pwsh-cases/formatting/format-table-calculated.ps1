# formatting: Format-Table with a calculated column and a label (Format-Table)
$rows = @(
    [pscustomobject]@{ Name = 'C'; Free = 10737418240 }
    [pscustomobject]@{ Name = 'D'; Free = 5368709120 }
)
$rows | Format-Table Name, @{ Label = 'FreeGB'; Expression = { $_.Free / 1GB } }
