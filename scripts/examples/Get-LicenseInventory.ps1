#Requires -Modules MSOnline
<#
.SYNOPSIS
    Licence inventory: what we own, what is assigned, what is free, and who has what.

.DESCRIPTION
    Two CSVs land in the output folder:
      licence-summary-<date>.csv   one row per SKU (friendly name, bought, used, free, %)
      licence-users-<date>.csv     one row per licensed user and SKU
.PARAMETER OutputFolder
    Where the CSVs go. Default: the Documents folder of the current user.
#>
param(
    [string]$OutputFolder = (Join-Path $env:USERPROFILE 'Documents'),
    [int]$LowStockThreshold = 3
)

$friendly = [ordered]@{
    'ENTERPRISEPACK'   = 'Office 365 E3'
    'SPE_E5'           = 'Microsoft 365 E5'
    'SPE_E3'           = 'Microsoft 365 E3'
    'EMS'              = 'Enterprise Mobility + Security E3'
    'EXCHANGESTANDARD' = 'Exchange Online (Plan 1)'
    'FLOW_FREE'        = 'Power Automate Free'
    'POWER_BI_STANDARD' = 'Power BI (free)'
}

Connect-MsolService
if (-not (Test-Path $OutputFolder)) { New-Item -ItemType Directory -Path $OutputFolder | Out-Null }
$date = Get-Date -Format 'yyyy-MM-dd'

#region Per SKU
$summary = foreach ($sku in Get-MsolAccountSku) {
    $part  = $sku.SkuPartNumber
    $name  = if ($friendly.Contains($part)) { $friendly[$part] } else { $part }
    $free  = $sku.ActiveUnits - $sku.WarningUnits - $sku.ConsumedUnits
    $pct   = if ($sku.ActiveUnits -gt 0) { [math]::Round(100 * $sku.ConsumedUnits / $sku.ActiveUnits, 1) } else { 0 }

    [pscustomobject][ordered]@{
        AccountSkuId = $sku.AccountSkuId
        Product      = $name
        Purchased    = $sku.ActiveUnits
        Warning      = $sku.WarningUnits
        Assigned     = $sku.ConsumedUnits
        Free         = $free
        PercentUsed  = $pct
    }
}
$summary | Format-Table -AutoSize
$summary | Export-Csv (Join-Path $OutputFolder "licence-summary-$date.csv") -NoTypeInformation

$summary | Where-Object { $_.Free -le $LowStockThreshold -and $_.Purchased -lt 10000 } | ForEach-Object {
    Write-Warning ("Only {0} {1} licence(s) left" -f $_.Free, $_.Product)
}
#endregion

#region Per user
$users = Get-MsolUser -All | Where-Object { $_.isLicensed }
$userRows = foreach ($u in $users) {
    foreach ($lic in $u.Licenses) {
        $part = $lic.AccountSkuId.Split(':')[-1]
        [pscustomobject]@{
            UserPrincipalName = $u.UserPrincipalName
            DisplayName       = $u.DisplayName
            Department        = $u.Department
            Sku               = $part
            Product           = $friendly[$part] ?? $part
            DisabledPlans     = ($lic.ServiceStatus | Where-Object ProvisioningStatus -eq 'Disabled' |
                                 ForEach-Object { $_.ServicePlan.ServiceName }) -join ';'
        }
    }
}
$userRows | Export-Csv (Join-Path $OutputFolder "licence-users-$date.csv") -NoTypeInformation
#endregion

$byDept = $userRows | Group-Object Department | Sort-Object Count -Descending | Select-Object -First 5
Write-Host "Top departments by licences:"
$byDept | ForEach-Object { '  {0,-20} {1,4}' -f ($_.Name ? $_.Name : '(none)'), $_.Count }
Write-Host "Reports saved in $OutputFolder" -ForegroundColor Green
