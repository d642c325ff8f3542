<#
.SYNOPSIS
    Lists the deleted users in the recycle bin and how long each can still be restored.

.DESCRIPTION
    Users stay restorable for 30 days after deletion. Anything with 5 days or less left
    is flagged so someone can decide before it's gone for good. Writes a CSV and,
    optionally, JSON for the ticket system.
#>
param(
    [int]$RetentionDays = 30,

    # untyped on purpose: the scheduled task passes text; anything not a number means 5
    $WarnDays = 5,
    [string]$OutFolder = $PSScriptRoot,
    [switch]$Json
)

Connect-MsolService

$WarnDays = ($WarnDays -as [int]) ?? 5
$now = [datetime]::Now
$deletedUsers = Get-MsolUser -ReturnDeletedUsers -All

if (-not $deletedUsers) {
    Write-Host 'The recycle bin is empty.'
    return
}

$report = $deletedUsers |
    Select-Object DisplayName, UserPrincipalName,
        @{ Name = 'Deleted'; Expression = { $_.SoftDeletionTimestamp } },
        @{ Name = 'DaysInBin'; Expression = { [math]::Round(($now - $_.SoftDeletionTimestamp).TotalDays, 1) } },
        @{ Name = 'PurgeDate'; Expression = { $_.SoftDeletionTimestamp.AddDays($RetentionDays).ToString('yyyy-MM-dd') } },
        @{ n = 'Licences'; e = { ($_.Licenses.AccountSkuId | ForEach-Object { ($_ -split ':')[1] }) -join '+' } } |
    Sort-Object DaysInBin -Descending

foreach ($r in $report) {
    $left = $RetentionDays
    $left -= $r.DaysInBin
    $colour = if ($left -le $WarnDays) { 'Red' } elseif ($left -le 10) { 'Yellow' } else { 'Gray' }
    Write-Host ("{0,-40} {1,5:N1} days left  ({2})" -f $r.UserPrincipalName, $left, $r.Licences) -ForegroundColor $colour
}

$csv = Join-Path $OutFolder ('recycle-bin-{0:yyyy-MM-dd}.csv' -f $now)
$report | Export-Csv -Path $csv -NoTypeInformation
Write-Host "Report written to $csv"

if ($Json) {
    $report | ConvertTo-Json -Depth 3 | Set-Content -Path ($csv -replace '\.csv$', '.json')
}

$urgent = @($report | Where-Object { ($RetentionDays - $_.DaysInBin) -le $WarnDays })
if ($urgent.Count -gt 0) {
    Write-Warning "$($urgent.Count) user(s) will be purged within $WarnDays days: $($urgent.UserPrincipalName -join ', ')"
}
