<#
.SYNOPSIS
    Nightly bulk offboarding job. Uses the helper functions in OffboardingHelpers.ps1.

.DESCRIPTION
    For every leaver in leavers.csv whose last day has passed:
      mailbox -> shared + manager FullAccess + auto reply, OneDrive -> manager,
      licences removed. Accounts whose mailbox was shared are NOT deleted (the shared
      mailbox needs the account); everybody else is deleted when -Delete is given.

.EXAMPLE
    .\Invoke-BulkOffboarding.ps1 -WhatIf
.EXAMPLE
    .\Invoke-BulkOffboarding.ps1 -Delete -Confirm:$false
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
param(
    [string]$LeaversFile = 'leavers.csv',
    [switch]$Delete,
    [switch]$IgnoreLastDay
)

# Dot-source: the helpers' functions and $script: settings land in this script's scope
. (Join-Path $PSScriptRoot 'OffboardingHelpers.ps1')

if (-not [System.IO.Path]::IsPathRooted($LeaversFile)) {
    $LeaversFile = Join-Path $PSScriptRoot $LeaversFile
}

Write-OffboardLog "Run started by $env:USERNAME on $env:COMPUTERNAME ($($MyInvocation.MyCommand.Name))"

Connect-MsolService
Connect-ExchangeOnline -ShowBanner:$false
Connect-SPOService -Url "https://$($script:TenantPrefix)-admin.sharepoint.com"

$leavers = Import-Csv $LeaversFile | ConvertTo-LeaverRecord
if (-not $IgnoreLastDay) {
    $leavers = $leavers | Where-LeaverDue
}
Write-OffboardLog "$(@($leavers).Count) leaver(s) due"
$everyone = Get-LeaverList -Path $LeaversFile
Write-Stamp "$($everyone.Count) in the file, $(@($leavers).Count) due today" -ForegroundColor Cyan

foreach ($l in $leavers) {
    $upn = $l.UserPrincipalName
    try {
        if ($l.Manager) {
            $reply = "$upn has left Contoso. Please contact $($l.Manager)."
            Set-LeaverMailboxHandover -UserPrincipalName $upn -Manager $l.Manager -Message $reply
            if ($PSCmdlet.ShouldProcess($l.OneDrive, "Grant $($l.Manager) admin")) {
                Set-SPOUser -Site $l.OneDrive -LoginName $l.Manager -IsSiteCollectionAdmin $true | Out-Null
            }
        }
        else {
            Write-OffboardLog "$upn has no manager in the CSV - mailbox left as is" -Level WARN
        }

        $l | Remove-LeaverLicense

        if ($Delete) {
            if ($l | Test-LeaverIsDeletable) {
                if ($PSCmdlet.ShouldProcess($upn, 'Delete account')) {
                    Remove-MsolUser -UserPrincipalName $upn -Force -ErrorAction Stop
                    Write-OffboardLog "Deleted $upn"
                }
            }
            else {
                Write-OffboardLog "Not deleting $upn (see warnings)" -Level WARN
            }
        }
    }
    catch {
        Write-OffboardLog "${upn}: $($_.Exception.Message)" -Level ERROR
    }
}

Write-OffboardLog 'Run finished'
Disconnect-ExchangeOnline -Confirm:$false
