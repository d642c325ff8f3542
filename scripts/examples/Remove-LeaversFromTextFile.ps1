# Remove-LeaversFromTextFile.ps1
#
# Some managers don't do CSV: they paste a list of addresses into a ticket. Save it as
# leavers.txt next to this script. Format (see the sample):
#   # comment lines
#   manager=<upn>           applies to the lines below it
#   <upn>                   a leaver
#   KEEP:<upn>              listed for information, not processed
# Anything else is reported and ignored.
#
# For each leaver: mailbox -> shared, FullAccess to the manager, licences removed.
# Accounts are NOT deleted (the shared mailbox needs them).

param([string]$ListFile = (Join-Path $PSScriptRoot 'leavers.txt'))

if (-not (Test-Path $ListFile)) { throw "Missing $ListFile" }

$currentManager = $null
$queue = [System.Collections.Generic.List[object]]::new()
$lineNo = 0

switch -Regex -File $ListFile {
    '^\s*$'    { $lineNo++; continue }                   # blank
    '^\s*#'    { $lineNo++; continue }                   # comment
    '^manager=(?<mgr>\S+@\S+)$' {
        $lineNo++
        $currentManager = $Matches.mgr
        continue
    }
    '^KEEP:' {
        $lineNo++
        Write-Host "line ${lineNo}: keeping $($_.Substring(5))" -ForegroundColor DarkGray
        continue
    }
    '^(?<upn>[^@\s]+@[\w.-]+\.\w+)$' {
        $lineNo++
        $queue.Add([pscustomobject]@{ Upn = $Matches.upn; Manager = $currentManager; Line = $lineNo })
        continue
    }
    default {
        $lineNo++
        Write-Warning "line ${lineNo}: can't make sense of '$_'"
    }
}

Write-Host "$($queue.Count) leaver(s) to process"
if ($queue.Count -eq 0) { exit 0 }

Connect-MsolService
Connect-ExchangeOnline -ShowBanner:$false

foreach ($item in $queue) {
    $upn = $item.Upn
    Write-Host "-> $upn (manager $($item.Manager ?? 'none'))"

    if (Get-Mailbox -Identity $upn -ErrorAction SilentlyContinue) {
        Set-Mailbox -Identity $upn -Type Shared
        if ($item.Manager) {
            Add-MailboxPermission -Identity $upn -User $item.Manager -AccessRights FullAccess -AutoMapping $true > $null
        }
    }

    $skus = (Get-MsolUser -UserPrincipalName $upn).Licenses.AccountSkuId
    if ($skus) {
        Set-MsolUserLicense -UserPrincipalName $upn -RemoveLicenses $skus
    }
}
