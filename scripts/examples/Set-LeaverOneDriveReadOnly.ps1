<#
.SYNOPSIS
    Locks leavers' OneDrives read-only once the manager has copied what they need,
    or unlocks them again.

.DESCRIPTION
    Read-only keeps the files visible (to the manager and to anyone they were shared
    with) but stops further edits. NoAccess blocks everything. Only a few Set-SPOSite
    parameters are allowed on a OneDrive; LockState is one of them.

.EXAMPLE
    Import-Csv .\leavers.csv | .\Set-LeaverOneDriveReadOnly.ps1 -LockState ReadOnly
.EXAMPLE
    .\Set-LeaverOneDriveReadOnly.ps1 -UserPrincipalName AlexW@contoso.onmicrosoft.com -LockState Unlock
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
    [string]$UserPrincipalName,

    [ValidateSet('ReadOnly', 'NoAccess', 'Unlock')]
    [string]$LockState = 'ReadOnly'
)

begin {
    Connect-SPOService -Url 'https://contoso-admin.sharepoint.com'
    $summary = @{ Changed = 0; Unchanged = 0; Missing = 0 }
}

process {
    $url = 'https://contoso-my.sharepoint.com/personal/{0}' -f ($UserPrincipalName.ToLower() -replace '[@.]', '_')

    $site = Get-SPOSite -Identity $url -ErrorAction SilentlyContinue
    if (-not $site) {
        Write-Warning "No OneDrive at $url"
        $summary.Missing++
        return
    }

    if ($site.LockState -eq $LockState) {
        Write-Host "$UserPrincipalName already $LockState"
        $summary.Unchanged++
        return
    }

    if ($PSCmdlet.ShouldProcess($url, "LockState $($site.LockState) -> $LockState")) {
        Set-SPOSite -Identity $url -LockState $LockState
        $summary.Changed++
        Write-Host "$UserPrincipalName : $($site.LockState) -> $LockState ($([math]::Round($site.StorageUsageCurrent / 1KB, 1)) GB)"
    }
}

end {
    $summary.GetEnumerator() | Sort-Object Name | ForEach-Object { '{0,-10}{1,3}' -f $_.Name, $_.Value }
}
