<#
.SYNOPSIS
    Moves a licence from a leaver to a new starter instead of buying another one.

.DESCRIPTION
    1. Checks the SKU exists and shows free units
    2. Removes the SKU from the leaver (if given)
    3. Sets UsageLocation on the starter (a licence can't be assigned without it)
    4. Assigns the SKU to the starter

.EXAMPLE
    .\Move-LicenseToNewStarter.ps1 -From AdeleV@contoso.onmicrosoft.com -To GradyA@contoso.onmicrosoft.com -Sku ENTERPRISEPACK
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$From,
    [Parameter(Mandatory)][string]$To,
    [ValidateSet('ENTERPRISEPACK', 'SPE_E5', 'EMS', 'EXCHANGESTANDARD', 'FLOW_FREE')]
    [string]$Sku = 'ENTERPRISEPACK',
    [ValidatePattern('^[A-Z]{2}$')]
    [string]$UsageLocation = 'US'
)

Connect-MsolService

# The AccountSkuId is "<tenant>:<SKU>"; work out the tenant part instead of hard-coding it
$accountSku = Get-MsolAccountSku | Where-Object SkuPartNumber -eq $Sku
if (-not $accountSku) {
    throw "The tenant has no $Sku subscription."
}
$skuId = $accountSku.AccountSkuId
$free  = $accountSku.ActiveUnits - $accountSku.ConsumedUnits
Write-Host "$skuId : $($accountSku.ConsumedUnits)/$($accountSku.ActiveUnits) used, $free free"

if ($From) {
    $leaver = Get-MsolUser -UserPrincipalName $From
    if ($leaver.Licenses.AccountSkuId -notcontains $skuId) {
        Write-Warning "$From does not have $Sku - nothing to take back"
    }
    elseif ($PSCmdlet.ShouldProcess($From, "Remove $skuId")) {
        Set-MsolUserLicense -UserPrincipalName $From -RemoveLicenses $skuId
        $free++
    }
}

if ($free -lt 1 -and -not $WhatIfPreference) {
    Write-Error "No free $Sku units. Buy one in the admin center first."
    exit 1
}

$starter = Get-MsolUser -UserPrincipalName $To
if ([string]::IsNullOrEmpty($starter.UsageLocation)) {
    if ($PSCmdlet.ShouldProcess($To, "Set UsageLocation $UsageLocation")) {
        Set-MsolUser -UserPrincipalName $To -UsageLocation $UsageLocation
    }
}

if ($starter.Licenses.AccountSkuId -contains $skuId) {
    Write-Host "$To already has $Sku"
}
elseif ($PSCmdlet.ShouldProcess($To, "Assign $skuId")) {
    Set-MsolUserLicense -UserPrincipalName $To -AddLicenses $skuId
    Write-Host "$To now has $Sku" -ForegroundColor Green
}

Get-MsolUser -UserPrincipalName $To | Select-Object UserPrincipalName, UsageLocation, IsLicensed,
    @{ n = 'Licences'; e = { $_.Licenses.AccountSkuId -join ', ' } }
