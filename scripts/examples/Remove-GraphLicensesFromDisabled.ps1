<#
    Remove-GraphLicensesFromDisabled.ps1

    Finds accounts that are disabled (sign-in blocked) but still hold licences, and
    takes the licences off. Classic money saver: leavers get blocked on day one and
    then nobody remembers the licence.

    Skips shared-mailbox accounts on hold - they need their licence (check with
    Get-LitigationHoldReport.ps1 first).

    -ReportOnly writes the CSV and changes nothing.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [switch] $ReportOnly,
    [string[]] $ExcludeUpn = @('info@contoso.onmicrosoft.com'),
    [string] $ExclusionFile = (Join-Path $PSScriptRoot 'licence-exclusions.txt')
)

# Exclusion file: exact UPNs and wildcard patterns (svc-*@...), # for comments
$excludePatterns = @()
if (Test-Path $ExclusionFile) {
    switch -Regex -File $ExclusionFile {
        '^\s*(#|$)' { continue }
        '[*?]'       { $excludePatterns += $_.Trim(); continue }
        default      { $ExcludeUpn += $_.Trim() }
    }
}

Connect-MgGraph -Scopes 'User.ReadWrite.All', 'Organization.Read.All' -NoWelcome

$skuNames = @{}
foreach ($sku in Get-MgSubscribedSku -All) {
    $skuNames[$sku.SkuId] = $sku.SkuPartNumber
}

# AccountEnabled and AssignedLicenses only come back when asked for with -Property
$disabled = Get-MgUser -All -Filter 'accountEnabled eq false' `
    -Property Id, DisplayName, UserPrincipalName, AccountEnabled, AssignedLicenses, OnPremisesSyncEnabled |
    Where-Object { $_.AssignedLicenses.Count -gt 0 -and $_.UserPrincipalName -notin $ExcludeUpn } |
    Where-Object {
        $upn = $_.UserPrincipalName
        -not ($excludePatterns | Where-Object { $upn -like $_ })
    }

Write-Host "$(@($disabled).Count) disabled user(s) still licensed"

$rows = foreach ($u in $disabled) {
    $names = $u.AssignedLicenses | ForEach-Object { $skuNames[$_.SkuId] ?? $_.SkuId }
    [pscustomobject]@{
        UserPrincipalName = $u.UserPrincipalName
        DisplayName       = $u.DisplayName
        Synced            = [bool]$u.OnPremisesSyncEnabled
        Licences          = $names -join ';'
        LicenceCount      = $u.AssignedLicenses.Count
    }
}

$csvPath = Join-Path $PSScriptRoot "disabled-licensed-$(Get-Date -Format yyyyMMdd).csv"
$rows | Export-Csv $csvPath -NoTypeInformation
Write-Host "Saved $csvPath"

if ($ReportOnly) { return }

foreach ($u in $disabled) {
    $skuIds = $u.AssignedLicenses.SkuId
    if ($PSCmdlet.ShouldProcess($u.UserPrincipalName, "Remove $($skuIds.Count) licence(s)")) {
        Set-MgUserLicense -UserId $u.Id -AddLicenses @() -RemoveLicenses $skuIds > $null
        if ($?) { Write-Host "  cleared $($u.UserPrincipalName)" }
    }
}

$total = ($rows | Measure-Object -Property LicenceCount -Sum).Sum
Write-Host "Licences released: $total" -ForegroundColor Green
