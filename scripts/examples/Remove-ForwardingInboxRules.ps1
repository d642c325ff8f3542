# Remove-ForwardingInboxRules.ps1
# Leavers sometimes set up an inbox rule forwarding everything to a private address
# on their way out. This finds rules that forward or redirect mail and removes them.
# Run with -ReportOnly first!

param(
    [string[]]$Mailbox = @(),
    [switch]$ReportOnly,
    [string]$InternalDomain = 'contoso.onmicrosoft.com'
)

Connect-ExchangeOnline -ShowBanner:$false

if ($Mailbox.Count -eq 0) {
    # default: every leaver in the CSV
    $Mailbox = (Import-Csv "$PSScriptRoot\leavers.csv").UserPrincipalName
}

$found = @()

$Mailbox | ForEach-Object {
    $mbxId = $_
    Get-InboxRule -Mailbox $mbxId -ErrorAction SilentlyContinue |
        Where-Object { $_.ForwardTo -or $_.RedirectTo -or $_.ForwardAsAttachmentTo } |
        ForEach-Object {
            # entries look like:  "Jan Kowalski" [SMTP:jan@fabrikam.com]
            $targets = @($_.ForwardTo) + @($_.RedirectTo) + @($_.ForwardAsAttachmentTo) |
                Where-Object { $_ } |
                ForEach-Object { if ($_ -match '\[SMTP:(?<addr>[^\]]+)\]') { $Matches.addr } else { $_ } }

            $external = @($targets | Where-Object { $_ -notlike "*@$InternalDomain" })
            $found += [pscustomobject]@{
                Mailbox  = $mbxId
                Rule     = $_.Name
                Enabled  = $_.Enabled
                Targets  = $targets -join '; '
                External = $external.Count -gt 0
                RuleId   = $_.Identity
            }
        }
}

if (-not $found) {
    Write-Host 'No forwarding rules found.' -ForegroundColor Green
    return
}

$found | Format-Table Mailbox, Rule, Enabled, External, Targets -AutoSize -Wrap

if ($ReportOnly) {
    $found | Export-Csv "$PSScriptRoot\forwarding-rules.csv" -NoTypeInformation
    return
}

foreach ($r in $found) {
    Remove-InboxRule -Identity $r.RuleId -Mailbox $r.Mailbox -Confirm:$false
    Write-Host "Removed '$($r.Rule)' from $($r.Mailbox)"
}
