#Requires -Modules MSOnline
<#
.SYNOPSIS
    Restores users from the Entra ID / Microsoft 365 recycle bin.

.DESCRIPTION
    Three ways to pick who comes back:
      -All         everything in the recycle bin (after a botched bulk delete)
      -CsvPath     the UPNs in a CSV (restore.csv)
      -Since       users deleted after a point in time ("undo this morning")
    Proxy address clashes are fixed with -AutoReconcileProxyConflicts.

.EXAMPLE
    .\Restore-DeletedUsers.ps1 -CsvPath .\restore.csv

.EXAMPLE
    .\Restore-DeletedUsers.ps1 -Since (Get-Date).AddHours(-4)
#>
[CmdletBinding(DefaultParameterSetName = 'Csv')]
param(
    [Parameter(ParameterSetName = 'All', Mandatory)]
    [switch]$All,

    [Parameter(ParameterSetName = 'Csv')]
    [string]$CsvPath = "$PSScriptRoot\restore.csv",

    [Parameter(ParameterSetName = 'Since', Mandatory)]
    [datetime]$Since
)

Connect-MsolService

$deleted = Get-MsolUser -ReturnDeletedUsers -All
Write-Host ("{0} user(s) in the recycle bin" -f @($deleted).Count)

switch ($PSCmdlet.ParameterSetName) {
    'All' {
        # Everything back. Restore-MsolUser binds ObjectId by property name.
        $deleted | Restore-MsolUser -AutoReconcileProxyConflicts
    }
    'Since' {
        $deleted |
            Where-Object { $_.SoftDeletionTimestamp -ge $Since } |
            ForEach-Object {
                Write-Host "Restoring $($_.UserPrincipalName), deleted $($_.SoftDeletionTimestamp)"
                $_ | Restore-MsolUser -AutoReconcileProxyConflicts
            }
    }
    'Csv' {
        foreach ($line in Import-Csv $CsvPath) {
            $upn  = $line.UserPrincipalName
            $gone = $deleted | Where-Object UserPrincipalName -EQ $upn
            if (-not $gone) {
                Write-Warning "$upn is not in the recycle bin (ticket $($line.Ticket)) - older than 30 days?"
                continue
            }

            $age = New-TimeSpan -Start $gone.SoftDeletionTimestamp -End (Get-Date)
            $daysLeft = 30 - [math]::Floor($age.TotalDays)
            Write-Host "Restoring $upn (deleted $([int]$age.TotalDays) days ago, $daysLeft days left)"

            try {
                Restore-MsolUser -UserPrincipalName $upn -ErrorAction Stop
            }
            catch {
                if ($_.Exception.Message -match 'Error Type (\w+)') {
                    Write-Warning "$upn clashes on $($Matches[1]); retrying with -AutoReconcileProxyConflicts"
                    Restore-MsolUser -UserPrincipalName $upn -AutoReconcileProxyConflicts
                }
                else {
                    Write-Error $_
                }
            }
        }
    }
}

# Wait (max ~30 s) until the restored users are back in the active list
$tries = 0
do {
    Start-Sleep -Seconds 5
    $tries++
    $stillDeleted = @(Get-MsolUser -ReturnDeletedUsers -All | Where-Object { $_.UserPrincipalName -in $deleted.UserPrincipalName })
} until ($stillDeleted.Count -lt @($deleted).Count -or $tries -ge 6)

# Show the result
Get-MsolUser -All |
    Where-Object { $_.UserPrincipalName -in $deleted.UserPrincipalName } |
    Select-Object UserPrincipalName, DisplayName, isLicensed, BlockCredential
