# Get-MailboxAddressReport.ps1
#
# Breaks each mailbox's EmailAddresses into primary SMTP, aliases, SIP and X500
# entries. Prefix case matters in Exchange (SMTP: = primary, smtp: = alias), so the
# switch below is case-sensitive.
#
#   .\Get-MailboxAddressReport.ps1                       # all mailboxes
#   .\Get-MailboxAddressReport.ps1 -Identity AdeleV@contoso.onmicrosoft.com

param(
    [string[]]$Identity,
    [string]$Csv = "$PSScriptRoot\mailbox-addresses.csv"
)

Connect-ExchangeOnline -ShowBanner:$false

$mailboxes = if ($Identity) {
    $Identity | ForEach-Object { Get-Mailbox -Identity $_ }
} else {
    Get-Mailbox -ResultSize Unlimited
}

$rows = foreach ($mbx in $mailboxes) {
    $primary = $null
    $aliases = @()
    $sip     = $null
    $x500    = 0
    $other   = @()

    foreach ($addr in $mbx.EmailAddresses) {
        switch -CaseSensitive -Wildcard ($addr) {
            'SMTP:*' { $primary = $addr.Substring(5) }
            'smtp:*' { $aliases += $addr.Substring(5) }
            'SIP:*'  { $sip = $addr.Substring(4) }
            'X500:*' { $x500++ }
            'x500:*' { $x500++ }
            default  { $other += $addr }
        }
    }

    if ($primary -and $primary -cne $primary.ToLower()) {
        Write-Verbose "$($mbx.DisplayName): primary address has upper-case letters ($primary)"
    }

    [pscustomobject]@{
        Mailbox     = $mbx.DisplayName
        Type        = $mbx.RecipientTypeDetails
        Primary     = $primary
        Aliases     = $aliases -join '; '
        AliasCount  = $aliases.Count
        Sip         = $sip
        X500Count   = $x500
        Other       = $other -join '; '
        PrimaryIsUpn = $primary -ieq $mbx.UserPrincipalName
    }
}

$rows | Sort-Object AliasCount -Descending | Format-Table Mailbox, Type, Primary, AliasCount, PrimaryIsUpn -AutoSize
$rows | Export-Csv $Csv -NoTypeInformation -Encoding utf8

$mismatch = @($rows | Where-Object { -not $_.PrimaryIsUpn })
if ($mismatch.Count -gt 0) {
    Write-Host "$($mismatch.Count) mailbox(es) where the primary address is not the UPN:" -ForegroundColor Yellow
    $mismatch.Mailbox | ForEach-Object { "  $_" }
}
