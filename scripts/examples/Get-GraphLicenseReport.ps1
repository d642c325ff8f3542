# Get-GraphLicenseReport.ps1
# Licence report with the Graph SDK (MSOnline is retired, this is the replacement).
# Shows prepaid vs consumed per SKU and writes a JSON file the finance team imports.

param(
    [string]$JsonPath = "$PSScriptRoot/licence-report.json",
    [switch]$IncludeFree
)

if (-not (Get-MgContext)) {
    Connect-MgGraph -Scopes 'Organization.Read.All' -NoWelcome
}
Write-Host "Connected as $((Get-MgContext).Account)"

$skus = Get-MgSubscribedSku -All
if (-not $IncludeFree) {
    # FLOW_FREE, POWER_BI_STANDARD etc. report 10000 units and cost nothing
    $skus = $skus | Where-Object { $_.SkuPartNumber -notmatch '_FREE$|_STANDARD$' -or $_.SkuPartNumber -eq 'EXCHANGESTANDARD' }
}

$report = $skus
    | Sort-Object SkuPartNumber
    | ForEach-Object {
        $enabled = $_.PrepaidUnits.Enabled
        [pscustomobject]@{
            Sku        = $_.SkuPartNumber
            SkuId      = $_.SkuId
            Status     = $_.CapabilityStatus
            Enabled    = $enabled
            Consumed   = $_.ConsumedUnits
            Available  = $enabled - $_.ConsumedUnits
            Suspended  = $_.PrepaidUnits.Suspended
            Plans      = $_.ServicePlans.Count
        }
    }

$report
    | Where-Object Enabled -gt 0
    | Format-Table Sku, Status, Enabled, Consumed, Available -AutoSize

$totals = $report | Measure-Object -Property Enabled, Consumed -Sum
$totalEnabled, $totalConsumed = $totals[0].Sum, $totals[1].Sum
$utilisation = if ($totalEnabled) { $totalConsumed / $totalEnabled } else { 0 }
Write-Host ("Overall: {0} of {1} seats used ({2:P1})" -f $totalConsumed, $totalEnabled, $utilisation)

$payload = [ordered]@{
    generated = (Get-Date).ToUniversalTime().ToString('o')
    tenant    = (Get-MgOrganization).DisplayName
    skus      = $report
}
$payload | ConvertTo-Json -Depth 4 | Out-File -FilePath $JsonPath -Encoding utf8
Write-Host "Wrote $JsonPath"
