<#
.SYNOPSIS
    Converts leavers' mailboxes to shared mailboxes and gives their manager FullAccess
    and Send As.
.DESCRIPTION
    Reads leavers.csv (UserPrincipalName, Manager). For each row:
      - Set-Mailbox -Type Shared
      - Add-MailboxPermission FullAccess (automapped into the manager's Outlook)
      - Add-RecipientPermission SendAs
      - renames the mailbox "<name> (left)" so it stands out in the admin center
    A shared mailbox under 50 GB needs no licence, so run Remove-UserLicenses.ps1 afterwards.
.PARAMETER Path
    CSV with UserPrincipalName and Manager columns.
.PARAMETER NoAutoMapping
    Do not automap the mailbox into the manager's Outlook.
#>
[CmdletBinding()]
param(
    [string]$Path = "$PSScriptRoot\leavers.csv",
    [switch]$NoAutoMapping
)

if (-not (Get-ConnectionInformation)) {
    Connect-ExchangeOnline -ShowBanner:$false && Write-Verbose 'Connected to Exchange Online'
}

$converted = 0
$leavers = Import-Csv -Path $Path

foreach ($leaver in $leavers) {
    $upn = $leaver.UserPrincipalName
    $mgr = $leaver.Manager

    $mbx = Get-Mailbox -Identity $upn -ErrorAction SilentlyContinue
    if (-not $mbx) {
        Write-Warning ('No mailbox for {0} - it''s either unlicensed or already gone' -f $upn)
        continue
    }

    if ($mbx.RecipientTypeDetails -eq 'SharedMailbox') {
        Write-Host "$upn is already shared" -ForegroundColor DarkGray
    }
    else {
        Set-Mailbox -Identity $upn -Type Shared
        Write-Host "Converted $upn to shared" -ForegroundColor Green
        $converted++
    }

    $permParams = @{
        Identity        = $upn
        User            = $mgr
        AccessRights    = 'FullAccess'
        InheritanceType = 'All'
        AutoMapping     = -not $NoAutoMapping
    }
    Add-MailboxPermission @permParams | Select-Object Identity, User, AccessRights

    Add-RecipientPermission -Identity $upn -Trustee $mgr -AccessRights SendAs -Confirm:$false |
        Out-Null

    if ($mbx.DisplayName -notlike '* (left)') {
        Set-Mailbox -Identity $upn -DisplayName ('{0} (left)' -f $mbx.DisplayName)
    }
}

Write-Host ''
Write-Host "$converted mailbox(es) converted. Current state:" -ForegroundColor Cyan
$leavers.UserPrincipalName |
    ForEach-Object { Get-Mailbox -Identity $_ } |
    Format-Table DisplayName, PrimarySmtpAddress, RecipientTypeDetails -AutoSize
