<#
.SYNOPSIS
    Litigation hold check, run before deleting anyone.

.DESCRIPTION
    A mailbox on hold whose user is deleted becomes an inactive mailbox and is kept
    (without a licence) for as long as the hold lasts. That is usually what Legal wants,
    but it should never be a surprise. This script:
      * lists every mailbox on litigation hold, with owner, date and duration
      * flags leavers from leavers.csv / leavers-q3.csv that are on hold
      * lists existing inactive mailboxes
#>
param(
    [string[]]$LeaverFiles = @("$PSScriptRoot\leavers.csv", "$PSScriptRoot\leavers-q3.csv")
)

Connect-ExchangeOnline -ShowBanner:$false

$onHold = Get-Mailbox -ResultSize Unlimited -Filter 'LitigationHoldEnabled -eq $true' |
    Select-Object DisplayName, UserPrincipalName, RecipientTypeDetails,
        LitigationHoldOwner,
        @{ n = 'Since'; e = { if ($_.LitigationHoldDate) { ([datetime]$_.LitigationHoldDate).ToString('yyyy-MM-dd') } } },
        @{ n = 'Duration'; e = { if ($_.LitigationHoldDuration -eq 'Unlimited') { 'Unlimited' } else { "$($_.LitigationHoldDuration) days" } } }

Write-Host "== Mailboxes on litigation hold: $(@($onHold).Count)" -ForegroundColor Cyan
$onHold | Format-Table -AutoSize

# Which leavers are on hold?
$leaverUpns = foreach ($f in $LeaverFiles) {
    if (Test-Path $f) { (Import-Csv $f).UserPrincipalName } else { Write-Warning "Missing $f" }
}
$leaverUpns = $leaverUpns | Where-Object { $_ -and $_.Trim() } | Sort-Object -Unique

$flagged = $onHold | Where-Object { $leaverUpns -contains $_.UserPrincipalName }
if ($flagged) {
    Write-Warning 'These leavers are on hold. Deleting them creates inactive mailboxes - check with Legal:'
    $flagged | ForEach-Object { Write-Warning "   $($_.UserPrincipalName) (hold since $($_.Since), $($_.Duration))" }
}
else {
    Write-Host 'None of the leavers are on litigation hold.' -ForegroundColor Green
}

Write-Host "`n== Inactive mailboxes" -ForegroundColor Cyan
$inactive = Get-Mailbox -InactiveMailboxOnly -ResultSize Unlimited
if ($inactive) {
    $inactive | Select-Object DisplayName, PrimarySmtpAddress, WhenSoftDeleted, LitigationHoldEnabled |
        Format-Table -AutoSize
}
else {
    Write-Host '(none)'
}

# Exit code tells the calling offboarding job to stop if a leaver is on hold
exit ($flagged ? 3 : 0)
