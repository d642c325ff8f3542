#Requires -Modules ExchangeOnlineManagement
<#
.SYNOPSIS
    Who deleted which users, and when? Searches the unified audit log.

.DESCRIPTION
    Looks for "Delete user.", "Restore user." and "Hard Delete user." over the last
    -Days days, unpacks the AuditData JSON and writes one line per event.

.EXAMPLE
    .\Get-AuditDeletedUsers.ps1 -Days 14 -Admin admin@contoso.onmicrosoft.com
#>
param(
    [ValidateRange(1, 90)]
    [int]$Days = 7,
    [string[]]$Admin,
    [string]$CsvPath = "$PSScriptRoot\audit-deleted-users.csv"
)

Connect-ExchangeOnline -ShowBanner:$false

$end   = Get-Date
$start = $end.AddDays(-$Days)

$search = @{
    StartDate  = $start
    EndDate    = $end
    Operations = 'Delete user.', 'Restore user.', 'Hard Delete user.'
    ResultSize = 5000
}
if ($Admin) { $search.UserIds = $Admin }

Write-Host "Searching the audit log from $($start.ToString('g')) to $($end.ToString('g'))..."
try {
    $records = Search-UnifiedAuditLog @search
}
finally {
    # the search is the only Exchange call; don't leave the session open
    Disconnect-ExchangeOnline -Confirm:$false
}

if (-not $records) {
    Write-Host "No user deletions or restores in the last $Days day(s)."
    return
}

$events = $records | ForEach-Object {
    $data = $_.AuditData | ConvertFrom-Json
    [pscustomobject]@{
        When      = [datetime]$data.CreationTime
        Actor     = $data.UserId
        Operation = $data.Operation.TrimEnd('.')
        Target    = $data.ObjectId
        Alias     = $data.ObjectId -replace '^([^@]+)@.*$', '$1'
        Result    = $data.ResultStatus
    }
} | Sort-Object When

$events | Format-Table -AutoSize

if ($events.Count -gt 3) {
    Write-Host 'Most recent three:'
    $events[-3..-1] | ForEach-Object { '  {0:g}  {1} {2}' -f $_.When, $_.Operation, $_.Alias }
}

# Summary per admin and operation
$events | Group-Object Actor, Operation -NoElement | Sort-Object Count -Descending |
    ForEach-Object {
        $actor, $op = $_.Name -split ', '
        '{0,-40} {1,-18} {2,3}' -f $actor, $op, $_.Count
    }

$events | Export-Csv -Path $CsvPath -NoTypeInformation
Write-Host "Saved $($events.Count) event(s) to $CsvPath"
