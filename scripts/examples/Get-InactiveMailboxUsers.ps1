<#
.SYNOPSIS
    Finds licensed users whose mailbox hasn't been used for a while (sign-in report
    for people without Entra ID P1 sign-in logs).

.DESCRIPTION
    Uses LastLogonTime from Get-MailboxStatistics. A mailbox that was never logged on to
    shows an empty LastLogonTime and is reported as "Never". Licensed inactive users are
    candidates for offboarding or licence recovery.

.PARAMETER InactiveDays
    Threshold in days. Default 90.
#>
param(
    [int]$InactiveDays = 90,
    [string]$ReportPath = "$PSScriptRoot\inactive-mailboxes.csv"
)

Connect-ExchangeOnline -ShowBanner:$false

$cutoff = (Get-Date).AddDays(-$InactiveDays)
$results = @()
$counter = 0

$mailboxes = Get-Mailbox -RecipientTypeDetails UserMailbox -ResultSize Unlimited
$total = @($mailboxes).Count

try {
    foreach ($mb in $mailboxes) {
        $counter++
        if ($counter % 25 -eq 0) {
            Write-Progress -Activity 'Reading mailbox statistics' -Status "$counter of $total" -PercentComplete (100 * $counter / $total)
        }

        $stats = Get-MailboxStatistics -Identity $mb.UserPrincipalName -ErrorAction SilentlyContinue
        $last  = $stats.LastLogonTime

        if ($null -eq $last) {
            $daysIdle = -1
        }
        elseif ($last -lt $cutoff) {
            $daysIdle = (New-TimeSpan -Start $last -End (Get-Date)).Days
        }
        else {
            continue   # active recently
        }

        $results += [pscustomobject]@{
            DisplayName = $mb.DisplayName
            UPN         = $mb.UserPrincipalName
            LastLogon   = if ($last) { $last.ToString('yyyy-MM-dd') } else { 'Never' }
            DaysIdle    = $daysIdle
            ItemCount   = $stats.ItemCount
            Size        = $stats.TotalItemSize
        }
    }
}
finally {
    # also runs on Ctrl+C, so the progress bar doesn't hang around
    Write-Progress -Activity 'Reading mailbox statistics' -Completed
}

$never    = @($results | Where-Object DaysIdle -EQ -1)
$inactive = @($results | Where-Object DaysIdle -GT 0)

Write-Host "Mailboxes checked : $total"
Write-Host "Never logged on   : $($never.Count)"
Write-Host "Idle > $InactiveDays days  : $($inactive.Count)"

$results | Sort-Object DaysIdle -Descending | Export-Csv $ReportPath -NoTypeInformation
Write-Host "Report: $ReportPath"
