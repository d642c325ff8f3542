# ---------------------------------------------------------------------------
# Remove-MailboxAliases.ps1
#
# Strips the secondary SMTP addresses (aliases) from leavers' mailboxes so the
# addresses can be reused straight away - a soft-deleted mailbox keeps its
# aliases reserved for 30 days otherwise.
#
# Keeps: the primary address (SMTP: upper case), the onmicrosoft.com routing
# address and any SIP:/X500: entries.
# ---------------------------------------------------------------------------
param(
    [string]$CsvPath = (Join-Path -Path $PSScriptRoot -ChildPath 'leavers.csv'),
    [switch]$WhatIf
)

Connect-ExchangeOnline -ShowBanner:$false

$report = [System.Collections.Generic.List[object]]::new()

foreach ($upn in (Import-Csv $CsvPath).UserPrincipalName) {
    $mbx = Get-Mailbox -Identity $upn -ErrorAction SilentlyContinue
    if (-not $mbx) { Write-Warning "$upn - no mailbox"; continue }

    # -cmatch: 'smtp:' lower case = secondary, 'SMTP:' upper case = primary
    $aliases = @($mbx.EmailAddresses | Where-Object {
            $_ -cmatch '^smtp:' -and $_ -notlike '*.onmicrosoft.com'
        })

    if ($aliases.Count -eq 0) {
        Write-Host "$upn has no aliases to remove" -ForegroundColor DarkGray
        continue
    }

    $primary = ($mbx.EmailAddresses -cmatch '^SMTP:') -replace '^SMTP:', ''
    Write-Host "$upn (primary $primary): removing $($aliases.Count) alias(es)"
    foreach ($a in $aliases) {
        $address = ($a -split ':', 2)[1]
        Write-Host "    - $address"
        $report.Add([pscustomobject]@{
                Mailbox = $upn
                Removed = $address
                Domain  = ($address -split '@')[-1]
            })
    }

    Set-Mailbox -Identity $upn -EmailAddresses @{ Remove = $aliases } -WhatIf:$WhatIf
}

if ($report.Count) {
    $report | Group-Object Domain | Sort-Object Count -Descending |
        Select-Object @{ Name = 'Domain'; Expression = { $_.Name } }, Count |
        Format-Table -AutoSize
    $report | Export-Csv "$PSScriptRoot\removed-aliases.csv" -NoTypeInformation
}
