# Set-LeaverForwarding.ps1
# Forwards a leaver's mail to their manager (or any address), or turns forwarding off.
#
# NOTE: while forwarding is on the account cannot be deleted ("User cannot be removed").
# Turn it off with -Mode Off before running the delete scripts.
#
#   .\Set-LeaverForwarding.ps1 -Leaver AlexW@contoso.onmicrosoft.com -ForwardTo MeganB@contoso.onmicrosoft.com
#   .\Set-LeaverForwarding.ps1 -Leaver AlexW@contoso.onmicrosoft.com -Mode Off
#   .\Set-LeaverForwarding.ps1 -Leaver LidiaH@contoso.onmicrosoft.com -Mode Report

param (
    [Parameter(Mandatory)]
    [string] $Leaver,

    [string] $ForwardTo,

    [ValidateSet('Internal', 'External', 'Off', 'Report')]
    [string] $Mode = 'Internal',

    [bool] $KeepCopy = $true
)

Connect-ExchangeOnline -ShowBanner:$false

function Show-Forwarding {
    param([string]$Id)
    $m = Get-Mailbox -Identity $Id
    [pscustomobject]@{
        Mailbox         = $m.PrimarySmtpAddress
        ForwardingAddr  = $m.ForwardingAddress
        ForwardingSmtp  = $m.ForwardingSmtpAddress -replace '^smtp:', ''
        KeepCopy        = $m.DeliverToMailboxAndForward
    }
}

switch ($Mode) {
    'Internal' {
        if (-not $ForwardTo) { throw 'Internal forwarding needs -ForwardTo' }
        Get-Mailbox -Identity $ForwardTo -ErrorAction SilentlyContinue > $null ||
            Write-Warning "$ForwardTo is not a mailbox here - Exchange will refuse it"
        # ForwardingAddress must be a recipient in our own tenant
        Set-Mailbox -Identity $Leaver -ForwardingAddress $ForwardTo -DeliverToMailboxAndForward $KeepCopy
        Write-Host "Mail for $Leaver now goes to $ForwardTo (copy kept: $KeepCopy)"
    }
    'External' {
        if ($ForwardTo -notmatch '^[^@\s]+@[^@\s]+\.[a-z]{2,}$') {
            throw "'$ForwardTo' does not look like an email address"
        }
        Set-Mailbox -Identity $Leaver -ForwardingSmtpAddress "smtp:$ForwardTo" -DeliverToMailboxAndForward $KeepCopy
        Write-Warning "External forwarding set for $Leaver -> $ForwardTo. Check the outbound spam policy allows it."
    }
    'Off' {
        Set-Mailbox -Identity $Leaver -ForwardingAddress $null -ForwardingSmtpAddress $null -DeliverToMailboxAndForward $false
        Write-Host "Forwarding removed from $Leaver"
    }
    'Report' {
        # nothing to change
    }
}

Show-Forwarding -Id $Leaver | Format-List
