<#
.SYNOPSIS
    Gives a leaver's manager site collection admin rights on the leaver's OneDrive.

.DESCRIPTION
    Works before and after the account is deleted, as long as the OneDrive is still
    inside the retention period (30 days by default, see Set-OneDriveRetention.ps1).
    The OneDrive URL is built from the UPN: lower case, every character that is not a
    letter, digit or dash replaced by an underscore.

.PARAMETER Leaver
    UPN of the leaver. Accepts pipeline input, so you can pipe leavers.csv in.

.PARAMETER Manager
    UPN of the person who gets access.

.EXAMPLE
    Import-Csv .\leavers.csv | .\Grant-OneDriveAccessToManager.ps1

.EXAMPLE
    .\Grant-OneDriveAccessToManager.ps1 -Leaver AdeleV@contoso.onmicrosoft.com -Manager MeganB@contoso.onmicrosoft.com
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
    [Alias('UserPrincipalName')]
    [string]$Leaver,

    [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
    [string]$Manager,

    [string]$TenantName = 'contoso'
)

begin {
    Connect-SPOService -Url "https://$TenantName-admin.sharepoint.com"
    $myHost = "https://$TenantName-my.sharepoint.com"
    $done = 0
}

process {
    $path = $Leaver.ToLowerInvariant() -replace '[@.]', '_'
    $url  = "$myHost/personal/$path"
    Write-Verbose "Looking for $url"

    try {
        $site = Get-SPOSite -Identity $url -ErrorAction Stop
    }
    catch {
        # Fall back to a filtered search - the path can carry a numeric suffix (jan_contoso_com1)
        $site = Get-SPOSite -IncludePersonalSite $true -Limit All -Filter "Url -like '$path'" |
            Select-Object -First 1
    }

    if (-not $site) {
        Write-Warning "No OneDrive for $Leaver (never provisioned, or already past retention)"
        return
    }

    try {
        Set-SPOUser -Site $site.Url -LoginName $Manager -IsSiteCollectionAdmin $true -ErrorAction Stop | Out-Null
        $done++
        [pscustomobject]@{
            Leaver   = $Leaver
            Manager  = $Manager
            OneDrive = $site.Url
            UsedMB   = $site.StorageUsageCurrent
        }
    }
    catch [System.InvalidOperationException] {
        Write-Error "Not connected to SharePoint Online: $($_.Exception.Message)"
    }
    catch {
        if ($_.Exception.Message -like '*does not exist or is not unique*') {
            Write-Warning "Manager $Manager is not a user in this tenant"
        }
        else {
            Write-Warning "${Leaver}: $($_.Exception.Message)"
        }
    }
}

end {
    Write-Host "Granted OneDrive access for $done leaver(s)." -ForegroundColor Green
}
