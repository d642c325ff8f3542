<#
.SYNOPSIS
    Lists every OneDrive with its owner, size and last activity, and marks the ones
    belonging to deleted or unlicensed users.

.NOTES
    Get-SPOSite only includes OneDrives with -IncludePersonalSite $true; "-like" in the
    SPO filter is a substring match, so '-my.sharepoint.com/personal/' matches them all.
#>
param(
    [string]$Tenant = 'contoso',
    [int]$StaleAfterDays = 180,
    [string]$Csv = (Join-Path $PSScriptRoot 'onedrive-usage.csv')
)

enum OneDriveState {
    Active
    Stale
    OwnerUnlicensed
    OwnerDeleted
}

class OneDriveRow {
    [string]$Url
    [string]$Owner
    [double]$UsedGB
    [int]$QuotaGB
    [Nullable[datetime]]$LastModified
    [OneDriveState]$State

    static [double] ToGB([long]$megabytes) {
        return [math]::Round($megabytes / 1024, 2)
    }
}

Connect-SPOService -Url "https://$Tenant-admin.sharepoint.com"
Connect-MsolService

$sites = Get-SPOSite -IncludePersonalSite $true -Limit All -Filter "Url -like '-my.sharepoint.com/personal/'"
Write-Host "$(@($sites).Count) OneDrive(s) found"

$active  = @{}
Get-MsolUser -All | ForEach-Object { $active[$_.UserPrincipalName.ToLower()] = $_.IsLicensed }
$deleted = (Get-MsolUser -ReturnDeletedUsers -All).UserPrincipalName

$cutoff = (Get-Date).AddDays(-$StaleAfterDays)

$rows = foreach ($s in $sites) {
    $row = [OneDriveRow]::new()
    $row.Url          = $s.Url
    $row.Owner        = $s.Owner
    $row.UsedGB       = [OneDriveRow]::ToGB($s.StorageUsageCurrent)
    $row.QuotaGB      = [int]($s.StorageQuota / 1024)
    $row.LastModified = $s.LastContentModifiedDate

    $key = "$($s.Owner)".ToLower()
    $row.State = if ($deleted -contains $s.Owner) { [OneDriveState]::OwnerDeleted }
                 elseif ($active.ContainsKey($key) -and -not $active[$key]) { [OneDriveState]::OwnerUnlicensed }
                 elseif ($s.LastContentModifiedDate -lt $cutoff) { [OneDriveState]::Stale }
                 else { [OneDriveState]::Active }
    $row
}

$rows | Group-Object State | Select-Object Name, Count,
    @{ Name = 'GB'; Expression = { ($_.Group | Measure-Object UsedGB -Sum).Sum } } |
    Format-Table -AutoSize

$rows | Where-Object { $_.State -ne [OneDriveState]::Active } |
    Sort-Object UsedGB -Descending |
    Format-Table Owner, State, UsedGB, LastModified -AutoSize

$rows | Export-Csv -Path $Csv -NoTypeInformation
Write-Host "Written to $Csv"
