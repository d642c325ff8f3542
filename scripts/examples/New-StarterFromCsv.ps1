#Requires -Modules MSOnline
<#
.SYNOPSIS
    Creates new starters from starters.csv with MSOnline, licensed in the same step.

.DESCRIPTION
    Columns: FirstName, LastName, UserPrincipalName, Department, Title, UsageLocation,
    License (SkuPartNumber), Manager. Checks free licence units first; New-MsolUser
    with -LicenseAssignment fails when none are left.
    Passwords go to a CSV for the service desk - delete it after the hand-over!
#>
param(
    [string]$Path = "$PSScriptRoot\starters.csv",
    [string]$PasswordFile = "$PSScriptRoot\starter-passwords.csv"
)

Connect-MsolService

$tenant = (Get-MsolAccountSku | Select-Object -First 1).AccountName
$freeBySku = @{}
Get-MsolAccountSku | ForEach-Object {
    $freeBySku[$_.SkuPartNumber] = $_.ActiveUnits - $_.WarningUnits - $_.ConsumedUnits
}

$created = @()
$starters = Import-Csv $Path

for ($i = 0; $i -lt $starters.Count; $i++) {
    $s = $starters[$i]
    $n = $i + 1
    Write-Host "[$n/$($starters.Count)] $($s.FirstName) $($s.LastName)"

    if (Get-MsolUser -UserPrincipalName $s.UserPrincipalName -ErrorAction SilentlyContinue) {
        Write-Warning "  $($s.UserPrincipalName) already exists"
        continue
    }

    $sku = $s.License.ToUpper()
    if (-not $freeBySku.ContainsKey($sku)) {
        Write-Warning "  unknown licence $sku - creating without a licence"
        $licence = @()
    }
    elseif ($freeBySku[$sku] -le 0) {
        Write-Warning "  no free $sku units left - creating without a licence"
        $licence = @()
    }
    else {
        $licence = @("${tenant}:$sku")
        $freeBySku[$sku]--
    }

    $newUser = @{
        UserPrincipalName  = $s.UserPrincipalName
        DisplayName        = "$($s.FirstName) $($s.LastName)"
        FirstName          = $s.FirstName
        LastName           = $s.LastName
        Department         = $s.Department
        Title              = $s.Title
        UsageLocation      = $s.UsageLocation
        ForceChangePassword = $true
    }
    if ($licence) { $newUser.LicenseAssignment = $licence }

    try {
        $result = New-MsolUser @newUser -ErrorAction Stop
        $created += [pscustomobject]@{
            UserPrincipalName = $result.UserPrincipalName
            TempPassword      = $result.Password
            Licence           = $licence -join ''
            Manager           = $s.Manager
        }
    }
    catch {
        Write-Warning "  failed: $($_.Exception.Message)"
    }
}

if ($created) {
    $created | Export-Csv $PasswordFile -NoTypeInformation
    Write-Host "$($created.Count) user(s) created; passwords in $PasswordFile" -ForegroundColor Green
}

# Remaining stock
$freeBySku.GetEnumerator() | Where-Object { $_.Value -lt 5 } | ForEach-Object {
    Write-Warning "Only $($_.Value) $($_.Key) licence(s) left"
}
