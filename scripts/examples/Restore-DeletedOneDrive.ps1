<#
.SYNOPSIS
    Brings back a leaver's OneDrive from the SharePoint site recycle bin and gives the
    manager access to it.

.DESCRIPTION
    After the retention period a deleted user's OneDrive moves to the site recycle bin
    for 93 days. Get-SPOSite no longer finds it there; Get-SPODeletedSite does.

.EXAMPLE
    .\Restore-DeletedOneDrive.ps1 -Leaver MiriamG@contoso.onmicrosoft.com -Manager MeganB@contoso.onmicrosoft.com
#>
param(
    [Parameter(Mandatory)][string]$Leaver,
    [Parameter(Mandatory)][string]$Manager,
    [string]$Tenant = 'contoso'
)

Connect-SPOService -Url "https://$Tenant-admin.sharepoint.com"

$path = $Leaver.Replace('@', '_').Replace('.', '_').ToLower()
Write-Host "Looking for OneDrive path '$path'"

# 1. still live (inside the retention period)?
$live = Get-SPOSite -IncludePersonalSite $true -Limit All -Filter "Url -like '$path'"
if ($live) {
    Write-Host "OneDrive is still live at $($live.Url) - no restore needed."
}
else {
    # 2. in the site recycle bin?
    $deleted = Get-SPODeletedSite -IncludeOnlyPersonalSite |
        Where-Object { $_.Url -like "*$path*" } |
        Sort-Object DeletionTime -Descending |
        Select-Object -First 1

    if (-not $deleted) {
        Write-Error "No OneDrive for $Leaver, live or deleted. It's gone for good."
        exit 2
    }

    Write-Host ("Found in recycle bin: {0} (deleted {1:yyyy-MM-dd}, {2} day(s) left)" -f `
        $deleted.Url, $deleted.DeletionTime, $deleted.DaysRemaining)

    $deleted | Restore-SPODeletedSite
    Start-Sleep -Seconds 30     # restore is asynchronous
    $live = Get-SPOSite -Identity $deleted.Url
}

Set-SPOUser -Site $live.Url -LoginName $Manager -IsSiteCollectionAdmin $true | Out-Null
Write-Host "$Manager is now a site collection admin of $($live.Url)" -ForegroundColor Green

Get-SPOUser -Site $live.Url -Limit All |
    Where-Object IsSiteAdmin |
    Select-Object DisplayName, LoginName
