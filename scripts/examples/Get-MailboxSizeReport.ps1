<#
.SYNOPSIS
    Mailbox size report for all user and shared mailboxes, grouped by type.

.DESCRIPTION
    Uses Get-EXOMailboxStatistics (REST, faster) and TotalItemSize.Value.ToMB().
    Adds a quota column from the mailbox and marks anything above -WarnPercent.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 100)]
    [int]$WarnPercent = 85,
    [int]$Top = 15,
    [string]$OutFile = "$PSScriptRoot\mailbox-sizes.csv"
)

Connect-ExchangeOnline -ShowBanner:$false

$mailboxes = Get-EXOMailbox -ResultSize Unlimited -RecipientTypeDetails UserMailbox, SharedMailbox -PropertySets Minimum, Quota

$rows = foreach ($mb in $mailboxes) {
    $st = Get-EXOMailboxStatistics -Identity $mb.UserPrincipalName
    $usedMB = $st.TotalItemSize.Value.ToMB()

    # ProhibitSendQuota looks like "99 GB (106,300,440,576 bytes)"
    $quotaMB = $null
    if ($mb.ProhibitSendQuota -match '\(([\d,]+) bytes\)') {
        $quotaMB = [math]::Floor(([double]($Matches[1] -replace ',', '')) / 1MB)
    }

    [pscustomobject]@{
        DisplayName = $mb.DisplayName
        Address     = $mb.PrimarySmtpAddress
        Type        = $mb.RecipientTypeDetails
        Items       = $st.ItemCount
        UsedMB      = $usedMB
        UsedGB      = [math]::Round($usedMB / 1KB, 2)
        QuotaMB     = $quotaMB
        PercentUsed = if ($quotaMB) { [math]::Round($usedMB * 100 / $quotaMB, 1) } else { $null }
    }
}

# Totals per mailbox type
$rows | Group-Object Type | ForEach-Object {
    $m = $_.Group | Measure-Object UsedMB -Sum -Average -Maximum
    [pscustomobject]@{
        Type      = $_.Name
        Mailboxes = $m.Count
        TotalGB   = [math]::Round($m.Sum / 1024, 1)
        AverageMB = [math]::Round($m.Average)
        LargestMB = $m.Maximum
    }
} | Format-Table -AutoSize

Write-Host "Top $Top by size:"
$rows | Sort-Object UsedMB -Descending | Select-Object -First $Top |
    Format-Table DisplayName, Type, Items, UsedGB, PercentUsed -AutoSize

$rows | Where-Object { $_.PercentUsed -ge $WarnPercent } | ForEach-Object {
    Write-Warning "$($_.Address) is at $($_.PercentUsed)% of its quota"
}

$rows | Export-Csv $OutFile -NoTypeInformation
