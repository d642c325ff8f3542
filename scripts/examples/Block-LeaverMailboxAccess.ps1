<#
.SYNOPSIS
    Cuts a leaver off from their mailbox on every protocol and wipes company data from
    their phones (account-only wipe, personal data stays).

.PARAMETER Identity
    Leaver's mailbox. Pipeline input accepted (objects with UserPrincipalName).

.PARAMETER FullWipe
    Factory-reset the devices instead of the account-only wipe. Company phones only!
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
    [Alias('UserPrincipalName')]
    [string]$Identity,

    [switch]$FullWipe
)

begin {
    if (-not (Get-ConnectionInformation | Where-Object State -eq 'Connected')) {
        Connect-ExchangeOnline -ShowBanner:$false
    }

    $protocolsOff = @{
        OWAEnabled           = $false
        ActiveSyncEnabled    = $false
        PopEnabled           = $false
        ImapEnabled          = $false
        MAPIEnabled          = $false
        EwsEnabled           = $false
        OutlookMobileEnabled = $false
    }
}

process {
    Write-Host "== $Identity" -ForegroundColor Cyan

    $before = Get-CASMailbox -Identity $Identity
    $stillOn = foreach ($name in $protocolsOff.Keys) {
        if ($before.$name) { $name }
    }
    if (-not $stillOn) {
        Write-Host '   all protocols already off'
    }
    elseif ($PSCmdlet.ShouldProcess($Identity, "Disable $($stillOn -join ', ')")) {
        Set-CASMailbox -Identity $Identity @protocolsOff
        Write-Host "   disabled: $($stillOn -join ', ')"
    }

    $devices = @(Get-MobileDevice -Mailbox $Identity -ErrorAction SilentlyContinue)
    Write-Host "   $($devices.Count) mobile device(s)"

    foreach ($d in $devices) {
        $label = '{0} {1} ({2})' -f $d.DeviceModel, $d.DeviceOS, $d.ClientType
        if ($PSCmdlet.ShouldProcess($label, ($FullWipe ? 'FULL device wipe' : 'Account-only wipe'))) {
            if ($FullWipe) {
                Clear-MobileDevice -Identity $d.Identity -NotificationEmailAddresses 'helpdesk@contoso.onmicrosoft.com' -Confirm:$false
            }
            else {
                Clear-MobileDevice -Identity $d.Identity -AccountOnly -Confirm:$false
            }
            Write-Host "   wipe queued for $label"
        }
    }
}

end {
    Write-Host 'Wipes run at the next device sync. Check later with Get-EXOMobileDeviceStatistics.'
}
