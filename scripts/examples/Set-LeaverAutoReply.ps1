<#
.SYNOPSIS
    Turns on automatic replies for a leaver's mailbox, with a different message for
    colleagues and for external senders.

.DESCRIPTION
    The internal text names the manager; the external one does not. With -StartDate the
    reply is scheduled (e.g. from the leaver's last day) and ends -Days later.

.EXAMPLE
    .\Set-LeaverAutoReply.ps1 -Identity AdeleV@contoso.onmicrosoft.com -Manager MeganB@contoso.onmicrosoft.com

.EXAMPLE
    .\Set-LeaverAutoReply.ps1 ChristieC@contoso.onmicrosoft.com MeganB@contoso.onmicrosoft.com -StartDate 2025-02-14 -Days 90
#>
param(
    [Parameter(Mandatory = $true, Position = 0)]
    [string]$Identity,

    [Parameter(Mandatory = $true, Position = 1)]
    [string]$Manager,

    [datetime]$StartDate,

    [ValidateRange(1, 365)]
    [int]$Days = 60,

    [ValidateSet('All', 'Known', 'None')]
    [string]$ExternalAudience = 'All'
)

Connect-ExchangeOnline -ShowBanner:$false

$leaver  = Get-Mailbox -Identity $Identity
$boss    = Get-Mailbox -Identity $Manager
$company = 'Contoso Ltd.'

# Internal message: expandable here-string, so $variables and $(...) are filled in.
$internalMessage = @"
Hello,

$($leaver.DisplayName) no longer works at $company.
Please send anything about ongoing work to $($boss.DisplayName) <$($boss.PrimarySmtpAddress)>.

This mailbox is monitored until $((Get-Date).AddDays($Days).ToString('dd MMMM yyyy')).
"@

# External message: literal here-string - nothing in it is expanded, not even $0.00.
$externalMessage = @'
Thank you for your message.

The person you are trying to reach has left Contoso. Your email has been passed on
to a colleague, who will get back to you. Invoices of $0.00 can be ignored.

Kind regards,
Contoso Customer Service
'@

# Exchange stores the text as HTML; convert line breaks so Outlook shows them.
$internalHtml = $internalMessage -replace "`r?`n", '<br>'
$externalHtml = $externalMessage -replace "`r?`n", '<br>'

$autoReply = @{
    Identity         = $leaver.UserPrincipalName
    InternalMessage  = $internalHtml
    ExternalMessage  = $externalHtml
    ExternalAudience = $ExternalAudience
}

if ($PSBoundParameters.ContainsKey('StartDate')) {
    $autoReply.AutoReplyState = 'Scheduled'
    $autoReply.StartTime      = $StartDate
    $autoReply.EndTime        = $StartDate.AddDays($Days)
    Write-Host "Scheduling automatic replies from $($StartDate.ToShortDateString()) for $Days days"
}
else {
    $autoReply['AutoReplyState'] = 'Enabled'
}

Set-MailboxAutoReplyConfiguration @autoReply

Get-MailboxAutoReplyConfiguration -Identity $leaver.UserPrincipalName |
    Select-Object Identity, AutoReplyState, ExternalAudience, StartTime, EndTime |
    Format-List
