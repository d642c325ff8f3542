# formatting: Format-List with chosen properties (Format-List)
[pscustomobject]@{ DisplayName = 'Ann Lee'; Mail = 'ann@contoso.com'; Enabled = $true; Id = 7 } | Format-List DisplayName, Enabled
