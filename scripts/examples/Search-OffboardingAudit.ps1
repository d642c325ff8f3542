<#
.SYNOPSIS
    Audit trail of everything done to one leaver (or all leavers) between two dates:
    directory changes, licence changes, mailbox changes, OneDrive admin grants.

.PARAMETER From
.PARAMETER To
    The window. Given the wrong way round, they are swapped.

.EXAMPLE
    .\Search-OffboardingAudit.ps1 -Target AdeleV@contoso.onmicrosoft.com -From (Get-Date).AddDays(-14)
#>
param(
    [string[]]$Target,
    [datetime]$From = (Get-Date).AddDays(-7),
    [datetime]$To = (Get-Date),
    [ValidateRange(1, 5000)]
    [int]$ResultSize = 5000
)

if ($From -gt $To) {
    $From, $To = $To, $From
    Write-Verbose 'From and To were reversed - swapped them.'
}

if (-not $Target) {
    $Target = (Import-Csv "$PSScriptRoot\leavers.csv").UserPrincipalName
}

Connect-ExchangeOnline -ShowBanner:$false

$operations = @(
    'Delete user.', 'Restore user.', 'Update user.', 'Change user license.', 'Reset user password.'
    'Set-Mailbox', 'Add-MailboxPermission', 'Add-RecipientPermission', 'Set-MailboxAutoReplyConfiguration'
    'SiteCollectionAdminAdded'
)

$records = Search-UnifiedAuditLog -StartDate $From -EndDate $To -Operations $operations -ResultSize $ResultSize
Write-Host "$(@($records).Count) record(s) between $($From.ToString('d')) and $($To.ToString('d'))"

$timeline = foreach ($r in $records) {
    $d = ConvertFrom-Json $r.AuditData
    $subject = $d.ObjectId
    # Exchange records carry the mailbox in Parameters[Identity]
    $identity = ($d.Parameters | Where-Object Name -eq 'Identity').Value
    if ($identity) { $subject = $identity }

    $hit = $Target | Where-Object { $subject -like "*$_*" -or $d.ObjectId -like "*$_*" }
    if (-not $hit) { continue }

    $area = switch -Regex ($d.Operation) {
        'license'                          { 'Licence'; break }
        '^(Set|Add)-.*(Mailbox|Recipient)' { 'Exchange'; break }
        'SiteCollection'                   { 'OneDrive'; break }
        'user\.$'                          { 'Directory'; break }
        default                            { 'Other' }
    }

    [pscustomobject]@{
        Time    = [datetime]$d.CreationTime
        Area    = $area
        Action  = $d.Operation
        Leaver  = @($hit)[0]
        By      = $d.UserId
        Result  = $d.ResultStatus ?? 'Succeeded'
    }
}

if (-not $timeline) {
    Write-Host 'Nothing found for those users.'
    return
}

$timeline | Sort-Object Leaver, Time | Format-Table -GroupBy Leaver Time, Area, Action, By, Result

# Which expected steps never happened?
$expected = 'Exchange', 'Licence', 'OneDrive', 'Directory'
foreach ($t in $Target) {
    $seen = ($timeline | Where-Object Leaver -eq $t).Area | Sort-Object -Unique
    $missing = $expected | Where-Object { $_ -notin $seen }
    if ($missing) { Write-Warning "${t}: no $($missing -join '/') activity in the window" }
}
