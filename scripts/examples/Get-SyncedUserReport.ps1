# Get-SyncedUserReport.ps1
#
# Hybrid tenants: which users come from on-premises AD (Azure AD Connect) and which
# are cloud-only? Synced users can't be deleted or renamed in the cloud - leavers
# among them have to be disabled/deleted in AD.
#
# Output: synced-users.csv and a summary on screen.

trap [System.Management.Automation.CommandNotFoundException] {
    Write-Error 'The MSOnline module is not installed: Install-Module MSOnline'
    break
}

Connect-MsolService

$company = Get-MsolCompanyInformation
if (-not $company.DirectorySynchronizationEnabled) {
    Write-Host 'Directory synchronization is OFF for this tenant - every user is cloud-only.'
    exit
}

'Directory sync : ON'
'Last sync      : {0}' -f $company.LastDirSyncTime
'Password sync  : {0}' -f $company.PasswordSynchronizationEnabled

$lastSync = $company.LastDirSyncTime
if ($lastSync -and ((Get-Date).ToUniversalTime() - $lastSync).TotalHours -gt 3) {
    Write-Warning "Last sync was more than 3 hours ago - check the Azure AD Connect server."
}

$synced = Get-MsolUser -All -Synchronized
$cloud  = Get-MsolUser -All | Where-Object { $_.LastDirSyncTime -eq $null }

"Synced users   : {0}" -f @($synced).Count
"Cloud-only     : {0}" -f @($cloud).Count

$synced | Select-Object UserPrincipalName, DisplayName, Department, ImmutableId, LastDirSyncTime,
    @{ Name = 'Licences'; Expression = { $_.Licenses.AccountSkuId -join ' ' } },
    @{ Name = 'Blocked'; Expression = { $_.BlockCredential } } |
    Export-Csv "$PSScriptRoot\synced-users.csv" -NoTypeInformation

# Any leavers in the CSVs that are synced?
$leaverFiles = Get-ChildItem -Path $PSScriptRoot -Filter 'leavers*.csv'
foreach ($file in $leaverFiles) {
    foreach ($upn in (Import-Csv $file.FullName).UserPrincipalName) {
        if ($synced.UserPrincipalName -contains $upn) {
            Write-Warning "$($file.Name): $upn is synced - disable/delete it in Active Directory"
        }
    }
}

# ImmutableId is the base64 of the on-prem objectGUID; show it as a GUID for the AD team
$synced | Select-Object -First 5 | ForEach-Object {
    $guid = try { [guid]::new([System.Convert]::FromBase64String($_.ImmutableId)) } catch { $null }
    '{0,-40} {1}' -f $_.UserPrincipalName, $guid
}
