# formatting: Format-Table -AutoSize sizes columns to the data (Format-Table)
@(
    [pscustomobject]@{ Server = 'web-frontend-01'; Role = 'web'; Up = $true }
    [pscustomobject]@{ Server = 'db1'; Role = 'database'; Up = $false }
) | Format-Table -AutoSize
