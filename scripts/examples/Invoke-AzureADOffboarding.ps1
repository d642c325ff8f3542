#Requires -Modules AzureAD
<#
.SYNOPSIS
    Offboarding with the (older) AzureAD module: disable, revoke, strip licences, delete.

.DESCRIPTION
    Written before we moved to Graph; kept because the AssignedLicenses object pattern is
    still handy. AzureAD errors are terminating, hence try/catch around everything.
#>
param(
    [Parameter(Mandatory)]
    [string[]]$UserPrincipalName,
    [switch]$Delete
)

Connect-AzureAD | Out-Null

$skuNames = @{}
Get-AzureADSubscribedSku | ForEach-Object { $skuNames[$_.SkuId] = $_.SkuPartNumber }

foreach ($upn in $UserPrincipalName) {
    Write-Host "--- $upn" -ForegroundColor Cyan
    try {
        $user = Get-AzureADUser -ObjectId $upn
    }
    catch {
        Write-Warning "Not found: $upn"
        continue
    }

    if ($user.DirSyncEnabled) {
        Write-Warning "$upn is synced from on-premises AD, skipping"
        continue
    }

    try {
        # 1. block sign-in and kill sessions
        Set-AzureADUser -ObjectId $user.ObjectId -AccountEnabled $false
        Revoke-AzureADUserAllRefreshToken -ObjectId $user.ObjectId
        Write-Host '  sign-in blocked, tokens revoked'

        # 2. licences: AssignedLicenses object with RemoveLicenses = the SkuIds
        if ($user.AssignedLicenses.Count -gt 0) {
            $licences = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicenses
            $licences.RemoveLicenses = $user.AssignedLicenses.SkuId
            Set-AzureADUserLicense -ObjectId $user.ObjectId -AssignedLicenses $licences
            $names = $user.AssignedLicenses.SkuId | ForEach-Object { $skuNames[$_] }
            Write-Host "  removed licences: $($names -join ', ')"
        }

        # 3. group memberships, for the record
        $groups = Get-AzureADUserMembership -ObjectId $user.ObjectId -All $true |
            Where-Object ObjectType -eq 'Group'
        Write-Host "  member of $(@($groups).Count) group(s): $(($groups.DisplayName | Select-Object -First 5) -join ', ')"

        # 4. delete (no prompt, no -Force in AzureAD)
        if ($Delete) {
            Remove-AzureADUser -ObjectId $user.ObjectId
            Write-Host '  deleted (recoverable for 30 days)'
        }
    }
    catch {
        $msg = $_.Exception.Message
        if ($msg -match 'Message: (?<text>.+)') { $msg = $Matches.text }
        Write-Error "${upn}: $msg"
    }
}
