#Requires -Modules MSOnline
<#
.SYNOPSIS
    Deletes every account listed in leavers.csv (soft delete, 30-day recycle bin).

.DESCRIPTION
    HR sends leavers.csv with a UserPrincipalName column. Remove-MsolUser binds that
    column by property name, so the real work is a single pipeline. Use -ListOnly
    first to see who is in the file.

.PARAMETER CsvPath
    Path to the leavers file. Defaults to leavers.csv beside this script.

.PARAMETER ListOnly
    Only list the leavers, delete nothing.

.EXAMPLE
    .\Remove-LeaversFromCsv.ps1 -ListOnly

.EXAMPLE
    .\Remove-LeaversFromCsv.ps1 -CsvPath .\leavers.csv

.NOTES
    Deleted users stay in the recycle bin for 30 days (Restore-MsolUser).
#>
param(
    [string]$CsvPath = (Join-Path $PSScriptRoot 'leavers.csv'),
    [switch]$ListOnly,
    [switch]$SkipPreflight
)

if (-not (Test-Path -Path $CsvPath)) {
    Write-Error "Cannot find the leavers file at $CsvPath"
    exit 1
}

Connect-MsolService

$leavers = Import-Csv -Path $CsvPath
Write-Host "Found $($leavers.Count) leaver(s) in $(Split-Path $CsvPath -Leaf)" -ForegroundColor Cyan

if ($ListOnly) {
    $leavers | Select-Object UserPrincipalName, DisplayName, Manager | Format-Table -AutoSize
    return
}

# Pre-flight: synced users, shared mailboxes and forwarding block the delete
if (-not $SkipPreflight) {
    & (Join-Path $PSScriptRoot 'Test-LeaverCanBeDeleted.ps1') -CsvPath $CsvPath
    if ($LASTEXITCODE -ne 0) {
        Write-Warning 'Some leavers cannot be deleted yet; they will fail below. Ctrl+C to stop.'
        Start-Sleep -Seconds 10
    }
}

# The one-liner. UserPrincipalName binds by property name.
Import-Csv -Path $CsvPath | Remove-MsolUser -Force && Write-Host 'All leavers deleted without errors.'

# Show what landed in the recycle bin
$leavers |
    ForEach-Object { Get-MsolUser -UserPrincipalName $_.UserPrincipalName -ReturnDeletedUsers -ErrorAction SilentlyContinue } |
    Select-Object UserPrincipalName, DisplayName, SoftDeletionTimestamp |
    Format-Table -AutoSize

Write-Host 'Done. Deleted users can be restored for 30 days with Restore-MsolUser.' -ForegroundColor Green
