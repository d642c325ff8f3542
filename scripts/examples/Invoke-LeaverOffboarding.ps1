#Requires -Modules MSOnline, ExchangeOnlineManagement
<#
.SYNOPSIS
    Full offboarding of one leaver: block sign-in, hand the mailbox and OneDrive to the
    manager, set automatic replies, free the licences and (optionally) delete the account.

.DESCRIPTION
    Follows the order Microsoft recommends in "Delete a user from your organization":
      1. Block sign-in and reset the password
      2. Convert the mailbox to shared and give the manager FullAccess
      3. Set automatic replies (different text inside/outside the company)
      4. Give the manager access to the OneDrive
      5. Remove the licences
      6. Delete the account (only with -DeleteAccount; a shared mailbox keeps the account!)

    Supports -WhatIf and -Confirm.

.PARAMETER UserPrincipalName
    The leaver.

.PARAMETER Manager
    Who gets the mailbox and the OneDrive. Looked up from leavers.csv when omitted.

.PARAMETER DeleteAccount
    Also delete the account at the end. Do NOT use this when the mailbox was converted to
    shared - the tenant refuses it and the shared mailbox needs the account.

.EXAMPLE
    .\Invoke-LeaverOffboarding.ps1 -UserPrincipalName AdeleV@contoso.onmicrosoft.com -Manager MeganB@contoso.onmicrosoft.com -WhatIf

.EXAMPLE
    .\Invoke-LeaverOffboarding.ps1 AlexW@contoso.onmicrosoft.com
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
param(
    [Parameter(Mandatory, Position = 0)]
    [Alias('UPN', 'Identity')]
    [string]$UserPrincipalName,

    [Parameter(Position = 1)]
    [string]$Manager,

    [string]$AdminUrl = 'https://contoso-admin.sharepoint.com',

    [switch]$DeleteAccount
)

$ErrorActionPreference = 'Stop'
$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'
$logFile = Join-Path $PSScriptRoot "offboarding-$stamp.log"
Start-Transcript -Path $logFile -Append | Out-Null

#region Connect
Connect-MsolService
Connect-ExchangeOnline -ShowBanner:$false
Connect-SPOService -Url $AdminUrl
#endregion

#region Look up the leaver and the manager
$user = Get-MsolUser -UserPrincipalName $UserPrincipalName -ErrorAction SilentlyContinue
if (-not $user) {
    Write-Error "User $UserPrincipalName was not found."
    Stop-Transcript | Out-Null
    exit 1
}

if (-not $Manager) {
    $row = Import-Csv (Join-Path $PSScriptRoot 'leavers.csv') |
        Where-Object { $_.UserPrincipalName -eq $UserPrincipalName } |
        Select-Object -First 1
    $Manager = $row.Manager
}
if ([string]::IsNullOrWhiteSpace($Manager)) {
    throw "No manager given for $UserPrincipalName and none found in leavers.csv"
}

$displayName = $user.DisplayName
Write-Host "Offboarding $displayName <$UserPrincipalName>, manager $Manager" -ForegroundColor Cyan
#endregion

#region 1. Block sign-in
if ($PSCmdlet.ShouldProcess($UserPrincipalName, 'Block sign-in and reset password')) {
    if ($user.LastDirSyncTime) {
        Write-Warning "$UserPrincipalName is synced from AD - disable it on-premises."
    }
    else {
        Set-MsolUser -UserPrincipalName $UserPrincipalName -BlockCredential $true
        $newPassword = Set-MsolUserPassword -UserPrincipalName $UserPrincipalName -ForceChangePassword $true
        Write-Verbose "Temporary password length: $($newPassword.Length)"
    }
}
#endregion

#region 2. Mailbox -> shared, manager gets FullAccess
$mailbox = Get-Mailbox -Identity $UserPrincipalName -ErrorAction SilentlyContinue
if ($mailbox) {
    if ($PSCmdlet.ShouldProcess($UserPrincipalName, 'Convert mailbox to shared')) {
        if ($mailbox.RecipientTypeDetails -ne 'SharedMailbox') {
            Set-Mailbox -Identity $UserPrincipalName -Type Shared
        }
        Add-MailboxPermission -Identity $UserPrincipalName -User $Manager -AccessRights FullAccess `
            -InheritanceType All -AutoMapping $true | Out-Null
        Add-RecipientPermission -Identity $UserPrincipalName -Trustee $Manager -AccessRights SendAs -Confirm:$false > $null
        Set-Mailbox -Identity $UserPrincipalName -DisplayName "$displayName (left)" -HiddenFromAddressListsEnabled $true
    }
}
else {
    Write-Warning "$UserPrincipalName has no mailbox - nothing to hand over."
}
#endregion

#region 3. Automatic replies
$managerName = (Get-MsolUser -UserPrincipalName $Manager).DisplayName
$internal = @"
<p>Hi,</p>
<p>$displayName has left Contoso. Please contact $managerName ($Manager) from now on.</p>
"@
$external = @'
<p>Thank you for your email. The person you wrote to no longer works at Contoso.</p>
<p>For anything urgent please call our front desk on +1 555 0100.</p>
'@
if ($mailbox -and $PSCmdlet.ShouldProcess($UserPrincipalName, 'Set automatic replies')) {
    Set-MailboxAutoReplyConfiguration -Identity $UserPrincipalName -AutoReplyState Enabled `
        -InternalMessage $internal -ExternalMessage $external -ExternalAudience All
}
#endregion

#region 4. OneDrive access for the manager
$personalPath = $UserPrincipalName.ToLower() -replace '[^a-z0-9\-]', '_'
$oneDriveUrl  = "https://contoso-my.sharepoint.com/personal/$personalPath"
if ($PSCmdlet.ShouldProcess($oneDriveUrl, "Make $Manager site collection admin")) {
    try {
        Set-SPOUser -Site $oneDriveUrl -LoginName $Manager -IsSiteCollectionAdmin $true | Out-Null
        Write-Host "  OneDrive: $oneDriveUrl"
    }
    catch {
        if ($_.Exception.Message -like '*Cannot get site*') {
            Write-Warning "No OneDrive found for $UserPrincipalName"
        }
        else { throw }
    }
}
#endregion

#region 5. Licences
$skus = $user.Licenses.AccountSkuId
if ($skus -and $PSCmdlet.ShouldProcess($UserPrincipalName, "Remove licences: $($skus -join ', ')")) {
    Set-MsolUserLicense -UserPrincipalName $UserPrincipalName -RemoveLicenses $skus
    Write-Host "  Removed $(@($skus).Count) licence(s); remember to lower the subscription if you no longer need them."
}
#endregion

#region 6. Delete
if ($DeleteAccount) {
    if ($mailbox) {
        Write-Warning 'The mailbox was converted to shared; the account must stay. Not deleting.'
    }
    elseif ($PSCmdlet.ShouldProcess($UserPrincipalName, 'Delete user (30-day recycle bin)')) {
        Remove-MsolUser -UserPrincipalName $UserPrincipalName -Force
    }
}
#endregion

Write-Host "Finished $UserPrincipalName. Log: $logFile" -ForegroundColor Green
Stop-Transcript | Out-Null
