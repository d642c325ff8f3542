# Set-OneDriveRetention.ps1
# Shows and sets how long a deleted user's OneDrive is kept (default 30 days).
# Legal wants a year. Only affects users deleted AFTER the change.
#
#   .\Set-OneDriveRetention.ps1              # show current value
#   .\Set-OneDriveRetention.ps1 -Days 365    # change it

[CmdletBinding(SupportsShouldProcess)]
param(
    [ValidateRange(30, 3650)]
    [int]$Days,
    [string]$AdminUrl = 'https://contoso-admin.sharepoint.com'
)

try {
    Connect-SPOService -Url $AdminUrl -ErrorAction Stop
}
catch [System.Net.WebException], [System.UnauthorizedAccessException] {
    Write-Error "Could not reach $AdminUrl : $($_.Exception.Message)"
    exit 1
}
catch {
    if ($_.Exception.Message -like '*not a tenant administration site*') {
        Write-Error "$AdminUrl is not the admin site - it should end in -admin.sharepoint.com"
        exit 1
    }
    throw
}

$tenant  = Get-SPOTenant
$current = $tenant.OrphanedPersonalSitesRetentionPeriod
Write-Host "OneDrive retention for deleted users: $current days (~$([math]::Round($current / 30.4)) months)"
Write-Host "Deleted sites then sit in the site recycle bin for another $($tenant.RecycleBinRetentionPeriod ?? 93) days."

if (-not $PSBoundParameters.ContainsKey('Days')) { return }

if ($Days -eq $current) {
    Write-Host 'Already set - nothing to do.'
    return
}

if ($Days -lt $current) {
    Write-Warning "Lowering retention from $current to $Days days. OneDrives of users deleted from now on are removed sooner."
}

if ($PSCmdlet.ShouldProcess('SharePoint tenant', "Set OrphanedPersonalSitesRetentionPeriod to $Days")) {
    Set-SPOTenant -OrphanedPersonalSitesRetentionPeriod $Days
    $check = (Get-SPOTenant).OrphanedPersonalSitesRetentionPeriod
    if ($check -ne $Days) {
        Write-Error "Value reads back as $check, expected $Days"
    }
    else {
        Write-Host "Retention is now $check days." -ForegroundColor Green
    }
}
