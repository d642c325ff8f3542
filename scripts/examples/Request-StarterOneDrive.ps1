# Request-StarterOneDrive.ps1
#
# Pre-provisions OneDrive for new starters so their manager can drop files in before
# day one. Request-SPOPersonalSite takes at most 200 addresses per call, so the list
# is sent in batches. Starters without a SharePoint licence are skipped silently by
# the service, so we check licences first.

param(
    [string]$StartersCsv = "$PSScriptRoot\starters.csv",
    [int]$BatchSize = 200
)

Connect-MsolService
Connect-SPOService -Url https://contoso-admin.sharepoint.com

[string[]]$emails = Import-Csv $StartersCsv |
    Where-Object {
        $u = Get-MsolUser -UserPrincipalName $_.UserPrincipalName -ErrorAction SilentlyContinue
        # SHAREPOINTENTERPRISE (E3/E5) or SHAREPOINTSTANDARD in any licence?
        $u -and ($u.Licenses.ServiceStatus.ServicePlan.ServiceName -match '^SHAREPOINT')
    } |
    ForEach-Object { $_.UserPrincipalName.ToLower() }

if ($emails.Length -eq 0) {
    Write-Warning 'No licensed starters found - license them first (New-StarterFromCsv.ps1).'
    return
}

Write-Host "Requesting OneDrive for $($emails.Length) starter(s) in batches of $BatchSize"

for ($i = 0; $i -lt $emails.Length; $i += $BatchSize) {
    $last  = [math]::Min($i + $BatchSize, $emails.Length) - 1
    $batch = $emails[$i..$last]
    Write-Host ("  batch {0}: {1} .. {2}" -f ([int]($i / $BatchSize) + 1), $batch[0], $batch[-1])
    Request-SPOPersonalSite -UserEmails $batch -NoWait
}

# Show the URLs they'll get
$emails | ForEach-Object {
    "https://contoso-my.sharepoint.com/personal/{0}" -f ($_ -replace '[^a-z0-9\-]', '_')
}
