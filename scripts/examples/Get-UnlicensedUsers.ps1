<#
.SYNOPSIS
    Lists user accounts without any licence - two ways, MSOnline and Graph.

.DESCRIPTION
    Unlicensed accounts are usually: service accounts, shared mailbox accounts, leavers
    whose licences were already removed, or new starters someone forgot to license.
    The Graph query needs the "advanced query" header (ConsistencyLevel eventual) and a
    count variable because it filters on assignedLicenses/$count.
#>
[CmdletBinding()]
param(
    [ValidateSet('MSOnline', 'Graph')]
    [string]$Module = 'Graph',

    [string]$ExportPath
)

switch ($Module) {
    'MSOnline' {
        Connect-MsolService
        $unlicensed = Get-MsolUser -All -UnlicensedUsersOnly |
            Select-Object DisplayName, UserPrincipalName, UsageLocation,
                @{ Name = 'Created'; Expression = { $_.WhenCreated } },
                @{ Name = 'Blocked'; Expression = { $_.BlockCredential } }
    }
    'Graph' {
        Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
        $params = @{
            Filter           = "assignedLicenses/`$count eq 0 and userType eq 'Member'"
            ConsistencyLevel = 'eventual'
            CountVariable    = 'unlicensedCount'
            All              = $true
            Property         = 'DisplayName', 'UserPrincipalName', 'UsageLocation', 'CreatedDateTime', 'AccountEnabled'
        }
        $unlicensed = Get-MgUser @params |
            Select-Object DisplayName, UserPrincipalName, UsageLocation,
                @{ Name = 'Created'; Expression = { $_.CreatedDateTime } },
                @{ Name = 'Blocked'; Expression = { -not $_.AccountEnabled } }
        # -CountVariable sets the variable in the global scope
        Write-Verbose "Graph reported $global:unlicensedCount unlicensed member(s)"
    }
}

$unlicensed = @($unlicensed | Sort-Object Created -Descending)
Write-Host "Unlicensed accounts: $($unlicensed.Count)" -ForegroundColor Cyan

# Newest five first - those are most likely forgotten starters
$unlicensed[0..4] | Format-Table -AutoSize

$noLocation = $unlicensed
    | Where-Object { [string]::IsNullOrEmpty($_.UsageLocation) }
    | ? { $_.UserPrincipalName -notlike 'svc-*' }
if ($noLocation) {
    Write-Warning "$(@($noLocation).Count) of them have no UsageLocation - set one before licensing."
}

if ($ExportPath) {
    $unlicensed | Export-Csv -Path $ExportPath -NoTypeInformation
    Write-Host "Exported to $ExportPath"
}
