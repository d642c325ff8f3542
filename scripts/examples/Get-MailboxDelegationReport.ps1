#Requires -Version 7.0
# Get-MailboxDelegationReport.ps1
#
# Who can open whose mailbox? Lists every non-inherited FullAccess entry and every
# Send As entry, for shared mailboxes by default (-All for every mailbox).
# Written for pwsh 7: pipelines continue with a leading | on the next line.

param(
    [switch]$All,
    [string]$OutCsv = (Join-Path $PSScriptRoot 'delegations.csv')
)

Connect-ExchangeOnline -ShowBanner:$false

$typeFilter = $All ? @('UserMailbox', 'SharedMailbox') : @('SharedMailbox')

$mailboxes = Get-Mailbox -ResultSize Unlimited -RecipientTypeDetails $typeFilter
    | Sort-Object DisplayName

$fullAccess = $mailboxes
    | Get-MailboxPermission
    | Where-Object { -not $_.IsInherited -and $_.User -notlike 'NT AUTHORITY\*' -and $_.AccessRights -contains 'FullAccess' }
    | Select-Object @{ n = 'Mailbox'; e = { $_.Identity } },
                    @{ n = 'Trustee'; e = { $_.User } },
                    @{ n = 'Right'; e = { 'FullAccess' } }

$sendAs = $mailboxes
    | ForEach-Object { Get-RecipientPermission -Identity $PSItem.UserPrincipalName -AccessRights SendAs }
    | Where-Object Trustee -ne 'NT AUTHORITY\SELF'
    | Select-Object @{ n = 'Mailbox'; e = { $_.Identity } },
                    @{ n = 'Trustee'; e = { $_.Trustee } },
                    @{ n = 'Right'; e = { 'SendAs' } }

$all = @($fullAccess) + @($sendAs) | Where-Object { $_ }

$all
    | Sort-Object Mailbox, Right, Trustee
    | Format-Table -AutoSize

# Trustees who are leavers or no longer exist should not have access
$leavers = (Import-Csv (Join-Path $PSScriptRoot 'leavers.csv')).UserPrincipalName
$all
    | Where-Object { $_.Trustee -in $leavers }
    | ForEach-Object { Write-Warning "Leaver $($_.Trustee) still has $($_.Right) on $($_.Mailbox)" }

$all | Export-Csv -Path $OutCsv -NoTypeInformation
"{0} delegation(s) on {1} mailbox(es) -> {2}" -f $all.Count, @($mailboxes).Count, $OutCsv
