# Get-StalePasswordReport.ps1
#
# Quick "who hasn't changed their password / signed in for ages" report from MSOnline.
# LastPasswordChangeTimestamp is the best signal we have without P1 sign-in logs.
# Buckets users into 0-90, 91-180, 181-365 and 365+ days.
#
# Usage: .\Get-StalePasswordReport.ps1 [-Department Marketing] [-IncludeBlocked]

param(
    [string]$Department,
    [switch]$IncludeBlocked
)

Connect-MsolService

$getParams = @{ All = $true; EnabledFilter = 'EnabledOnly' }
if ($IncludeBlocked) { $getParams.EnabledFilter = 'All' }
if ($Department) { $getParams['Department'] = $Department }

$users = Get-MsolUser @getParams | Where-Object { $_.UserType -ne 'Guest' }
$today = [datetime]::Today

$rows = foreach ($u in $users) {
    $changed = $u.LastPasswordChangeTimestamp
    $age = if ($changed) { [int]($today - $changed.Date).TotalDays } else { [int]::MaxValue }

    $bucket = switch ($age) {
        { $_ -le 90 }  { '0-90'; break }
        { $_ -le 180 } { '91-180'; break }
        { $_ -le 365 } { '181-365'; break }
        default        { '365+' }
    }

    [pscustomobject]@{
        UserPrincipalName = $u.UserPrincipalName
        Department        = $u.Department
        PasswordAgeDays   = if ($age -eq [int]::MaxValue) { $null } else { $age }
        Bucket            = $bucket
        NeverExpires      = $u.PasswordNeverExpires
        Synced            = $null -ne $u.LastDirSyncTime
        Licensed          = $u.IsLicensed
    }
}

$rows | Group-Object Bucket | Sort-Object Name |
    Select-Object @{ n = 'Password age'; e = { $_.Name } }, Count |
    Format-Table -AutoSize

# Licensed, cloud-only, 365+ days: prime offboarding suspects
$suspects = $rows.Where({ $_.Bucket -eq '365+' -and $_.Licensed -and -not $_.Synced })
if ($suspects) {
    Write-Warning "$($suspects.Count) licensed cloud user(s) with a password older than a year:"
    $suspects | Format-Table UserPrincipalName, Department, PasswordAgeDays -AutoSize
}

$rows | Export-Csv "$PSScriptRoot\password-age.csv" -NoTypeInformation
