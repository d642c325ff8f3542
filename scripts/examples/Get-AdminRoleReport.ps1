#Requires -Modules MSOnline
<#
.SYNOPSIS
    Who holds which admin role? Flags leavers who still hold one.

.DESCRIPTION
    MSOnline uses the legacy role names ("Company Administrator" = Global Administrator,
    "User Account Administrator" = User Administrator, ...). The report maps them to the
    names the admin center shows today. A User Administrator cannot delete a Global,
    Billing, Exchange, SharePoint or License admin - such leavers need a Global Admin.
#>
param(
    [string]$LeaversCsv = (Join-Path $PSScriptRoot 'leavers-q3.csv'),
    [switch]$IncludeEmptyRoles
)

$currentName = @{
    'Company Administrator'            = 'Global Administrator'
    'User Account Administrator'       = 'User Administrator'
    'Exchange Service Administrator'   = 'Exchange Administrator'
    'SharePoint Service Administrator' = 'SharePoint Administrator'
}

Connect-MsolService

$report = @()
foreach ($role in Get-MsolRole | Sort-Object Name) {
    $members = @(Get-MsolRoleMember -RoleObjectId $role.ObjectId -All)
    if ($members.Count -eq 0 -and -not $IncludeEmptyRoles) { continue }

    $shownName = $currentName[$role.Name]
    if (-not $shownName) { $shownName = $role.Name }

    foreach ($m in $members) {
        $report += [pscustomobject]@{
            Role        = $shownName
            LegacyName  = $role.Name
            Member      = $m.EmailAddress
            DisplayName = $m.DisplayName
            Type        = $m.RoleMemberType
            Licensed    = $m.IsLicensed
        }
    }
    if ($members.Count -eq 0) {
        $report += [pscustomobject]@{ Role = $shownName; LegacyName = $role.Name; Member = '(nobody)' }
    }
}

$report | Sort-Object Role, Member | Format-Table Role, Member, DisplayName, Type -AutoSize

# Global admins: Microsoft recommends between 2 and 4
$globalAdmins = @($report | ? { $_.Role -ceq 'Global Administrator' -and $_.Type -eq 'User' })
switch ($globalAdmins.Count) {
    { $_ -lt 2 } { Write-Warning "Only $_ Global Administrator(s): add a break-glass account"; break }
    { $_ -gt 4 } { Write-Warning "$_ Global Administrators - too many, review them"; break }
    default      { Write-Host "$_ Global Administrators - fine" -ForegroundColor Green }
}

# Leavers who are still admins
if (Test-Path $LeaversCsv) {
    $leavers = (Import-Csv $LeaversCsv).UserPrincipalName
    foreach ($upn in $leavers | Where-Object { $_ -match '\S' }) {
        $roles = Get-MsolUserRole -UserPrincipalName $upn -ErrorAction SilentlyContinue
        if ($roles) {
            $names = $roles | % { $currentName[$_.Name] ?? $_.Name }
            Write-Warning "Leaver $upn still holds: $($names -join ', ')"
        }
    }
}
