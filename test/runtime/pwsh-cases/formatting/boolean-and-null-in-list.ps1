# formatting: Format-List shows $null as an empty value (Format-List)
[pscustomobject]@{ Name = 'x'; Manager = $null; Enabled = $false } | Format-List
