<#
.SYNOPSIS
    Permanently removes soft-deleted mailboxes, to free their addresses at once.

.DESCRIPTION
    A deleted user's mailbox stays soft-deleted for 30 days and keeps its addresses
    reserved. When an address must be reused sooner (new starter with the same name),
    purge the soft-deleted mailbox. Inactive mailboxes (on hold) are never touched;
    Exchange refuses that anyway.

.EXAMPLE
    .\Remove-SoftDeletedMailboxes.ps1 -Identity MiriamG@contoso.onmicrosoft.com -WhatIf
.EXAMPLE
    .\Remove-SoftDeletedMailboxes.ps1 -OlderThanDays 14 -Confirm:$false
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High', DefaultParameterSetName = 'Age')]
param(
    [Parameter(ParameterSetName = 'One', Mandatory, Position = 0)]
    [string]$Identity,

    [Parameter(ParameterSetName = 'Age')]
    [int]$OlderThanDays = 20
)

Connect-ExchangeOnline -ShowBanner:$false

if ($PSCmdlet.ParameterSetName -eq 'One') {
    $candidates = Get-Mailbox -Identity $Identity -SoftDeletedMailbox -ErrorAction SilentlyContinue
    if (-not $candidates) {
        Write-Warning "$Identity is not a soft-deleted mailbox (active, inactive or already purged)."
        exit 1
    }
}
else {
    $limit = (Get-Date).AddDays(-$OlderThanDays)
    $candidates = Get-Mailbox -SoftDeletedMailbox -ResultSize Unlimited |
        Where-Object { $_.WhenSoftDeleted -lt $limit }
}

$purged = 0
foreach ($mb in $candidates) {
    if ($mb.IsInactiveMailbox -or $mb.LitigationHoldEnabled) {
        Write-Host "$($mb.PrimarySmtpAddress) is inactive / on hold - skipped" -ForegroundColor Yellow
        continue
    }

    $primaryCount = 0; $aliasCount = 0
    foreach ($a in $mb.EmailAddresses) {
        switch -CaseSensitive -Regex ($a) {
            '^SMTP:' { $primaryCount++ }
            '^smtp:' { $aliasCount++ }
        }
    }
    $when = if ($mb.WhenSoftDeleted -is [datetime]) { $mb.WhenSoftDeleted.ToString('yyyy-MM-dd') } else { "$($mb.WhenSoftDeleted)" }
    $desc = "deleted $when; frees $($primaryCount + $aliasCount) address(es), $aliasCount of them aliases"
    if ($PSCmdlet.ShouldProcess($mb.PrimarySmtpAddress, "Permanently delete mailbox ($desc)")) {
        $mb | Remove-Mailbox -PermanentlyDelete -Confirm:$false
        $purged++
    }
}

Write-Host "$purged mailbox(es) purged."
