<#
.SYNOPSIS
    Status board: which offboarding steps are done for each leaver.

.DESCRIPTION
    Every step is a script block that returns $true when it's done. The result per
    leaver is a bit mask, so "what's missing" is a -band away:
        0x01 sign-in blocked     0x08 licences removed
        0x02 mailbox shared      0x10 manager has the OneDrive
        0x04 auto reply on       0x20 account deleted
    A leaver is "complete" at 0x1F (a shared mailbox keeps its account, so 0x20 is
    not expected). Also estimates the monthly cost of licences still assigned.
#>
param(
    [string]$CsvPath = "$PSScriptRoot\leavers.csv",
    [int]$Retries = 3,
    [switch]$AsJson
)

$steps = [ordered]@{
    Blocked    = 0x01
    Shared     = 0x02
    AutoReply  = 0x04
    Unlicensed = 0x08
    OneDrive   = 0x10
    Deleted    = 0x20
}
$complete = 0x1F

# List prices per user per month - decimal literals so the sums don't drift
$monthlyPrice = @{
    ENTERPRISEPACK   = 23d
    SPE_E5           = 57d
    EMS              = 10.6d
    EXCHANGESTANDARD = 4d
    FLOW_FREE        = 0d
}

$checks = @{
    Blocked    = { param($u, $m, $mgr) [bool]$u.BlockCredential }
    Shared     = { param($u, $m, $mgr) $m.RecipientTypeDetails -eq 'SharedMailbox' }
    AutoReply  = { param($u, $m, $mgr) $m -and (Get-MailboxAutoReplyConfiguration -Identity $m.UserPrincipalName).AutoReplyState -ne 'Disabled' }
    Unlicensed = { param($u, $m, $mgr) -not $u.IsLicensed }
    OneDrive   = {
        param($u, $m, $mgr)
        $url = 'https://contoso-my.sharepoint.com/personal/' + ($u.UserPrincipalName.ToLower() -replace '[@.]', '_')
        $admins = Get-SPOUser -Site $url -Limit All -ErrorAction SilentlyContinue | Where-Object IsSiteAdmin
        $admins.LoginName -contains $mgr
    }
}

function Get-StepNames([int]$Mask) {
    $names = [System.Collections.Generic.List[string]]::new()
    foreach ($k in $steps.Keys) { if ($Mask -band $steps[$k]) { $names.Add($k) } }
    , $names     # keep it a list even with one entry
}

Connect-MsolService
Connect-ExchangeOnline -ShowBanner:$false
Connect-SPOService -Url 'https://contoso-admin.sharepoint.com'

$board = foreach ($row in Import-Csv $CsvPath) {
    $upn, $mgr = $row.UserPrincipalName, $row.Manager

    # HR sometimes swaps the columns; the manager is the one still in the CSV as a leaver's boss
    if ($mgr -and (Import-Csv $CsvPath).Manager -contains $upn) {
        $upn, $mgr = $mgr, $upn
        Write-Warning "Columns look swapped for $upn / $mgr - using $upn as the leaver"
    }

    # Directory reads can lag right after a change: retry a few times
    $attempt = 0
    $deleted = $false
    do {
        $attempt++
        $u = Get-MsolUser -UserPrincipalName $upn -ErrorAction SilentlyContinue
        if (-not $u) {
            $u = Get-MsolUser -UserPrincipalName $upn -ReturnDeletedUsers -ErrorAction SilentlyContinue
            $deleted = $null -ne $u
        }
        if (-not $u) { Start-Sleep -Milliseconds (1e3 * $attempt) }
    } while (-not $u -and $attempt -lt $Retries)

    if (-not $u) {
        Write-Warning "$upn not found after $Retries attempts"
        continue
    }

    $mask = 0
    if ($deleted) {
        $mask = $mask -bor $steps.Deleted
    }
    else {
        $m = Get-Mailbox -Identity $upn -ErrorAction SilentlyContinue
        foreach ($name in $checks.Keys) {
            if (& $checks[$name] $u $m $mgr) { $mask = $mask -bor $steps[$name] }
        }
    }

    $missing = foreach ($name in $steps.Keys) {
        if ($name -ne 'Deleted' -and -not ($mask -band $steps[$name])) { $name }
    }

    $cost = 0d
    foreach ($sku in $u.Licenses.AccountSkuId) {
        $part = ($sku -split ':')[-1]
        $cost += $monthlyPrice[$part] ?? 0d
    }

    [pscustomobject]@{
        Leaver   = $upn
        Mask     = '0x{0:X2}' -f $mask
        Complete = ($mask -band $complete) -eq $complete -or [bool]($mask -band $steps.Deleted)
        Done     = (Get-StepNames $mask) -join ', '
        Missing  = $missing -join ', '
        Monthly  = $cost
    }
}

if ($AsJson) {
    $board | ConvertTo-Json
    return
}

$board | Format-Table -AutoSize
$waste = ($board | Measure-Object Monthly -Sum).Sum
$yearly = $waste
$yearly *= 12
Write-Host ('Licences still assigned to leavers cost about {0:C2} a month ({1:C0} a year)' -f $waste, $yearly)
