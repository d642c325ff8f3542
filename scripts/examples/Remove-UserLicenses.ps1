# Remove-UserLicenses.ps1
#
# Takes every licence off the users in a CSV (or one user with -UserPrincipalName).
# Run this AFTER converting the mailbox to shared, or the mailbox is disabled 30 days
# after the Exchange licence goes.
#
# Note: the licences are freed, not cancelled - Contoso keeps paying until the
# subscription is lowered in the admin center.

[CmdletBinding()]
param(
    [Parameter(ParameterSetName = 'One', Mandatory = $true)]
    [string]$UserPrincipalName,

    [Parameter(ParameterSetName = 'Csv')]
    [string]$CsvPath = "$PSScriptRoot\leavers.csv"
)

Connect-MsolService

if ($PSCmdlet.ParameterSetName -eq 'One') {
    $targets = @($UserPrincipalName)
}
else {
    $targets = Import-Csv -Path $CsvPath | Select-Object -ExpandProperty UserPrincipalName
}

$freed = @{}
# Monthly list price per licence (USD), to show what lowering the subscription would save
$price = @{ ENTERPRISEPACK = 23d; SPE_E5 = 57d; EMS = 10.6d; EXCHANGESTANDARD = 4d }

foreach ($upn in $targets) {
    $u = Get-MsolUser -UserPrincipalName $upn -ErrorAction SilentlyContinue
    if (!$u) {
        Write-Warning "Can't find `"$upn`" - typo in the CSV?"
        continue
    }
    if (-not $u.IsLicensed) {
        Write-Host "$upn has no licences"
        continue
    }

    # Member enumeration: one AccountSkuId per assigned licence
    $skus = $u.Licenses.AccountSkuId
    Write-Host "$upn : removing $($skus -join ', ')"

    Set-MsolUserLicense -UserPrincipalName $upn -RemoveLicenses $skus

    foreach ($s in $skus) {
        if ($freed.ContainsKey($s)) { $freed[$s] += 1 } else { $freed[$s] = 1 }
    }
}

Write-Host "`nLicences freed this run:"
$saving = 0d
$freed.GetEnumerator() | Sort-Object Name | ForEach-Object {
    $each = $price[($_.Key -split ':')[-1]]
    if ($each -is [decimal]) { $saving += $each * $_.Value }
    "  {0,-30} {1}" -f $_.Key, $_.Value
}
if ($saving -gt 0) {
    Write-Host ("Lowering the subscriptions by these would save about {0:N2} USD a month." -f $saving)
}

Write-Host "`nSubscriptions now:"
Get-MsolAccountSku |
    Select-Object AccountSkuId, ActiveUnits, ConsumedUnits,
        @{ Name = 'Free'; Expression = { $_.ActiveUnits - $_.WarningUnits - $_.ConsumedUnits } } |
    Format-Table -AutoSize
