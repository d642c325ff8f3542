# remove-leavers-loop.ps1
# Deletes leavers one at a time so one failure (synced account, shared mailbox,
# forwarding still on) doesn't stop the rest of the batch. Writes a results CSV
# next to the input so the service desk can close the tickets.
#
# Usage:  .\remove-leavers-loop.ps1
# Needs:  MSOnline, User Administrator or Global Administrator

$csvFile   = "$PSScriptRoot\leavers-q3.csv"
$resultCsv = "$PSScriptRoot\leavers-q3-results.csv"
$results   = @()
$ok = 0; $failed = 0; $skipped = 0

Connect-MsolService

$rows = Import-Csv $csvFile
foreach ($row in $rows) {
    $upn = "$($row.UserPrincipalName)".Trim()
    if ([string]::IsNullOrEmpty($upn)) {
        $skipped++
        continue
    }

    $user = Get-MsolUser -UserPrincipalName $upn -ErrorAction SilentlyContinue
    if ($null -eq $user) {
        Write-Warning "${upn}: not found in the directory, skipping"
        $results += [pscustomobject]@{ UPN = $upn; Status = 'NotFound'; Detail = '' }
        $skipped++
        continue
    }

    if ($user.LastDirSyncTime) {
        Write-Warning "${upn}: synced from on-prem AD - delete it in Active Directory instead"
        $results += [pscustomobject]@{ UPN = $upn; Status = 'Skipped'; Detail = 'Synced user' }
        $skipped++
        continue
    }

    try {
        Remove-MsolUser -UserPrincipalName $upn -Force -ErrorAction Stop
        $ok++
        Write-Host "Removed $upn ($($user.DisplayName))" -ForegroundColor Green
        $results += [pscustomobject]@{ UPN = $upn; Status = 'Removed'; Detail = $row.Reason }
    }
    catch {
        $failed++
        Write-Warning "${upn}: $($_.Exception.Message)"
        $results += [pscustomobject]@{ UPN = $upn; Status = 'Failed'; Detail = $_.Exception.Message }
    }
}

$results | Export-Csv -Path $resultCsv -NoTypeInformation -Encoding UTF8
"{0} removed, {1} failed, {2} skipped ({3} rows)" -f $ok, $failed, $skipped, $rows.Count
if ($failed -gt 0) { exit 2 }
