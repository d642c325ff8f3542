<#
.SYNOPSIS
    Exports all users with licences, sign-in state, mailbox type and manager to one CSV.

.DESCRIPTION
    The "everything" report auditors ask for once a quarter. Combines MSOnline (licences,
    block state, sync), Exchange (mailbox type, forwarding, hold) and Graph (manager).
    Saved from the ISE, hence the BOM and Windows line endings.

.PARAMETER Path
    Output CSV. Defaults to the desktop.
#>
param(
    [string]$Path = "$env:USERPROFILE\Desktop\All-Users-$(Get-Date -Format 'yyyy-MM-dd').csv",
    [switch]$SkipManagers
)

Connect-MsolService
Connect-ExchangeOnline -ShowBanner:$false
if (-not $SkipManagers) { Connect-MgGraph -Scopes User.Read.All -NoWelcome }

Write-Host 'Reading mailboxes...'
$mailboxIndex = @{}
Get-Mailbox -ResultSize Unlimited |
    % { $mailboxIndex[$_.UserPrincipalName.ToLower()] = $_ }

Write-Host 'Reading users...'
$users = Get-MsolUser -All | ? { $_.UserType -ne 'Guest' } | sort DisplayName

$report = $users | ForEach-Object {
    $mbx = $mailboxIndex[$PSItem.UserPrincipalName.ToLower()]

    $manager = $null
    if (-not $SkipManagers) {
        $manager = (Get-MgUserManager -UserId $PSItem.UserPrincipalName -ErrorAction SilentlyContinue).AdditionalProperties['userPrincipalName']
    }

    [pscustomobject]@{
        DisplayName       = $PSItem.DisplayName
        UserPrincipalName = $PSItem.UserPrincipalName
        Department        = $PSItem.Department
        Title             = $PSItem.Title
        Licensed          = $PSItem.IsLicensed
        Licences          = ($PSItem.Licenses.AccountSkuId -replace '^[^:]+:', '') -join ';'
        SignInBlocked     = $PSItem.BlockCredential
        Synced            = [bool]$PSItem.LastDirSyncTime
        Created           = $PSItem.WhenCreated
        MailboxType       = ${mbx}?.RecipientTypeDetails ?? 'None'
        Forwarding        = "$($mbx.ForwardingSmtpAddress)" -replace '^smtp:', ''
        LitigationHold    = [bool]$mbx.LitigationHoldEnabled
        Manager           = $manager
    }
}

$report | Export-Csv -Path $Path -NoTypeInformation -Encoding UTF8

# Quick summary for the e-mail
$summary = $report |
    Group-Object MailboxType |
    Select-Object @{ n = 'Mailbox type'; e = { $_.Name } }, @{ n = 'Users'; e = { $_.Count } }
$summary | Format-Table -AutoSize

$blockedButLicensed = @($report | ? { $_.SignInBlocked -and $_.Licensed })
"{0} users exported to {1}" -f $report.Count, $Path
"{0} blocked users still hold licences" -f $blockedButLicensed.Count
