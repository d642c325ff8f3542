<#
.SYNOPSIS
    Removes a leaver's access to OTHER mailboxes (FullAccess and Send As).

.DESCRIPTION
    Scans every mailbox for permission entries naming the leaver. Inherited entries
    and system entries (NT AUTHORITY\..., orphaned SIDs) are skipped.
    Scanning stops after -MaxMailboxes, so a big tenant can be done in slices.

.EXAMPLE
    .\Remove-LeaverMailboxDelegations.ps1 -Leaver AdeleV@contoso.onmicrosoft.com -WhatIf
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$Leaver,

    [int]$MaxMailboxes = 5000
)

Connect-ExchangeOnline -ShowBanner:$false

$removed = [System.Collections.Generic.List[string]]::new()
$scanned = 0
$all = Get-Mailbox -ResultSize Unlimited

:scan foreach ($mbx in $all) {
    $scanned++
    if ($scanned -gt $MaxMailboxes) {
        Write-Warning "Stopped after $MaxMailboxes mailboxes; run again with a filter for the rest."
        break scan
    }
    if ($mbx.UserPrincipalName -eq $Leaver) { continue scan }

    $perms = @(Get-MailboxPermission -Identity $mbx.UserPrincipalName -User $Leaver -ErrorAction SilentlyContinue)
    foreach ($p in $perms) {
        $skip = $false
        switch -Wildcard ($p.User) {
            'NT AUTHORITY\*' { $skip = $true }
            'S-1-5-21-*'     { $skip = $true; Write-Verbose "Orphaned SID on $($mbx.DisplayName)" }
        }
        if ($skip -or $p.IsInherited -or $p.Deny) { continue }

        if ($PSCmdlet.ShouldProcess($mbx.DisplayName, "Remove $($p.AccessRights -join ',') for $Leaver")) {
            Remove-MailboxPermission -Identity $mbx.UserPrincipalName -User $Leaver `
                -AccessRights $p.AccessRights -InheritanceType All -Confirm:$false
            $removed.Add("$($mbx.PrimarySmtpAddress)`t$($p.AccessRights -join ',')")
        }
    }

    $sendAs = Get-RecipientPermission -Identity $mbx.UserPrincipalName -Trustee $Leaver -ErrorAction SilentlyContinue
    if ($sendAs -and $PSCmdlet.ShouldProcess($mbx.DisplayName, "Remove SendAs for $Leaver")) {
        Remove-RecipientPermission -Identity $mbx.UserPrincipalName -Trustee $Leaver -AccessRights SendAs -Confirm:$false
        $removed.Add("$($mbx.PrimarySmtpAddress)`tSendAs")
    }

    if ($mbx.GrantSendOnBehalfTo -contains $Leaver) {
        Set-Mailbox -Identity $mbx.UserPrincipalName -GrantSendOnBehalfTo @{ Remove = $Leaver }
        $removed.Add("$($mbx.PrimarySmtpAddress)`tSendOnBehalf")
    }
}

Write-Host "Scanned $scanned mailbox(es), removed $($removed.Count) permission(s):"
$removed | ForEach-Object { "  $_" }
