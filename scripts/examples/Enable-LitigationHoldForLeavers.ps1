# Enable-LitigationHoldForLeavers.ps1
#
# Legal asked for all mail of certain leavers to be kept for 7 years.
# Puts each mailbox on litigation hold (2555 days) BEFORE the account is deleted, so
# the mailbox becomes inactive instead of being purged after 30 days.
#
# Needs a plan that includes holds (E3/E5 or Exchange Online Plan 2). Mailboxes on
# Exchange Online Plan 1 fail with a licence error - those are listed at the end.

param(
    [string]   $CsvPath  = '.\leavers.csv',
    [int]      $Days     = 2555,
    [string]   $Comment  = 'Leaver - retained on request of Legal (ticket LEG-2291)'
)

$ErrorActionPreference = 'Continue'
Connect-ExchangeOnline -ShowBanner:$false

$noLicence = New-Object System.Collections.ArrayList
$already   = 0
$enabled   = 0

$users = Import-Csv $CsvPath
:nextUser foreach ($row in $users) {
    $id = $row.UserPrincipalName

    $mbx = Get-Mailbox -Identity $id -ErrorAction SilentlyContinue
    if (-not $mbx) { Write-Warning "$id - no mailbox"; continue nextUser }

    if ($mbx.LitigationHoldEnabled) {
        $already++
        Write-Host "$id already on hold since $($mbx.LitigationHoldDate)" -ForegroundColor DarkGray
        continue
    }

    # Exchange Online Plan 1 doesn't do holds; don't even try
    foreach ($cap in $mbx.PersistedCapabilities) {
        if ($cap -eq 'BPOS_S_Standard') {
            [void]$noLicence.Add($id)
            continue nextUser
        }
    }

    $err = $null
    Set-Mailbox -Identity $id -LitigationHoldEnabled $true -LitigationHoldDuration $Days `
        -RetentionComment $Comment -ErrorVariable err -ErrorAction SilentlyContinue

    if ($err) {
        if ("$err" -like "*license doesn't permit*") {
            [void]$noLicence.Add($id)
        }
        else {
            Write-Warning "${id}: $err"
        }
    }
    else {
        $enabled++
        Write-Host "$id on hold for $Days days ($([math]::Round($Days / 365.25, 1)) years)" -ForegroundColor Green
    }
}

Write-Host ''
Write-Host "Enabled: $enabled   Already on hold: $already   Need a licence: $($noLicence.Count)"
if ($noLicence.Count -gt 0) {
    Write-Host 'Assign E3/E5 or Exchange Online Plan 2 to these before enabling the hold:' -ForegroundColor Yellow
    $noLicence | ForEach-Object { "  $_" }
}
