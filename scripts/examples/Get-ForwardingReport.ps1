<#
.SYNOPSIS
    Reports every mailbox that forwards mail, split into internal and external targets.

.DESCRIPTION
    External forwarding is a data-leak risk and also blocks deleting the account.
    Uses a server-side OPATH filter for the SMTP forwarding and a client-side check for
    ForwardingAddress (internal recipients).
#>
param(
    [string[]]$InternalDomains = @('contoso.onmicrosoft.com', 'contoso.com'),
    [string]$Csv = "$PSScriptRoot\forwarding-report.csv"
)

filter Get-ForwardTarget {
    # ForwardingSmtpAddress is "smtp:x@y"; ForwardingAddress is a recipient name
    $raw = if ($_.ForwardingSmtpAddress) { $_.ForwardingSmtpAddress } else { $_.ForwardingAddress }
    ($raw -as [string]) -replace '^smtp:', ''
}

Connect-ExchangeOnline -ShowBanner:$false

$smtpForwarders = Get-Mailbox -ResultSize Unlimited -Filter { ForwardingSmtpAddress -ne $null }
$addrForwarders = Get-Mailbox -ResultSize unlimited |
    Where-Object { $_.ForwardingAddress -and -not $_.ForwardingSmtpAddress }

$report = @()
foreach ($m in @($smtpForwarders) + @($addrForwarders)) {
    if (-not $m) { continue }

    $target = $m | Get-ForwardTarget
    $domain = $null
    if ("$target" -match '^(?:smtp:)?[^@]+@(?<domain>.+)$') {
        $domain = $Matches['domain'].ToLower()
    }

    $report += [pscustomobject]@{
        Mailbox     = $m.PrimarySmtpAddress
        Type        = $m.RecipientTypeDetails
        ForwardsTo  = $target
        Domain      = $domain
        External    = ($null -ne $domain) -and ($InternalDomains -notcontains $domain)
        KeepsCopy   = $m.DeliverToMailboxAndForward
    }
}

$external = $report | Where-Object External
$internal = $report | Where-Object { -not $_.External }

Write-Host "External forwarding: $(@($external).Count)" -ForegroundColor ($external ? 'Red' : 'Green')
$external | Format-Table Mailbox, ForwardsTo, KeepsCopy -AutoSize

Write-Host "Internal forwarding: $(@($internal).Count)"
$internal | Format-Table Mailbox, ForwardsTo, KeepsCopy -AutoSize

if ($report) {
    $report | Sort-Object External, Mailbox -Descending | Export-Csv -Path $Csv -NoTypeInformation
    Write-Host "Saved to $Csv"
}

# Domains people forward to most
$report | Where-Object Domain | Group-Object Domain |
    Sort-Object Count -Descending |
    Select-Object -First 10 Name, Count
