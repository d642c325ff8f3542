#Requires -Modules Microsoft.Graph.Users, Microsoft.Graph.Identity.DirectoryManagement
<#
.SYNOPSIS
    Swaps licences for the users in licence-changes.csv using the Microsoft Graph SDK.

.DESCRIPTION
    licence-changes.csv: UserPrincipalName, RemoveSku, AddSku (SkuPartNumbers, either may
    be empty). Set-MgUserLicense always gets BOTH -AddLicenses and -RemoveLicenses, even
    when one of them is an empty array - leave one out and Graph rejects the call.
#>
param(
    [string]$Path = "$PSScriptRoot/licence-changes.csv",
    [string]$DefaultUsageLocation = 'US'
)

Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All -NoWelcome

# SkuPartNumber -> SkuId (GUID) lookup
$skuMap = @{}
Get-MgSubscribedSku -All | ForEach-Object { $skuMap[$_.SkuPartNumber] = $_.SkuId }
Write-Verbose ("Known SKUs: " + ($skuMap.Keys -join ', '))

$changes = Import-Csv -Path $Path
$i = 0
foreach ($c in $changes) {
    $i++
    Write-Progress -Activity 'Updating licences' -Status $c.UserPrincipalName -PercentComplete ($i / $changes.Count * 100)

    $user = Get-MgUser -UserId $c.UserPrincipalName -Property Id, DisplayName, UsageLocation, AssignedLicenses -ErrorAction SilentlyContinue
    if (-not $user) {
        Write-Warning "Skipping $($c.UserPrincipalName): not found"
        continue
    }

    $add    = @()
    $remove = @()

    if ($c.AddSku) {
        if (-not $skuMap.ContainsKey($c.AddSku)) { Write-Warning "Unknown SKU $($c.AddSku)"; continue }
        $add += @{ SkuId = $skuMap[$c.AddSku] }
    }
    if ($c.RemoveSku) {
        $removeId = $skuMap[$c.RemoveSku]
        if ($user.AssignedLicenses.SkuId -contains $removeId) {
            $remove += $removeId
        }
        else {
            Write-Host "$($user.DisplayName) doesn't have $($c.RemoveSku), only adding"
        }
    }

    if ($add.Count -eq 0 -and $remove.Count -eq 0) {
        Write-Host "$($c.UserPrincipalName): nothing to do"
        continue
    }

    # A licence can't be assigned without a usage location
    if ($add.Count -and -not $user.UsageLocation) {
        Update-MgUser -UserId $user.Id -UsageLocation $DefaultUsageLocation
    }

    try {
        Set-MgUserLicense -UserId $user.Id -AddLicenses $add -RemoveLicenses $remove -ErrorAction Stop | Out-Null
        Write-Host ("{0}: +{1} -{2}" -f $c.UserPrincipalName, ($c.AddSku ? $c.AddSku : '-'), ($c.RemoveSku ? $c.RemoveSku : '-')) -ForegroundColor Green
    }
    catch {
        Write-Warning "$($c.UserPrincipalName): $($_.Exception.Message)"
    }
}
Write-Progress -Activity 'Updating licences' -Completed

# What everybody has now
$changes.UserPrincipalName | ForEach-Object {
    [pscustomobject]@{
        User     = $_
        Licences = (Get-MgUserLicenseDetail -UserId $_ | Select-Object -ExpandProperty SkuPartNumber) -join ', '
    }
}
