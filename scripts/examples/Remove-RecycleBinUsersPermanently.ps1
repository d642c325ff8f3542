<#
.SYNOPSIS
    Permanently deletes users that have been in the recycle bin for at least -MinDays.

.DESCRIPTION
    Normally the recycle bin empties itself after 30 days. Purge earlier when a UPN or
    address has to be reused straight away, or at a contract's request.
    THIS CANNOT BE UNDONE. Confirms each user unless -Confirm:$false.

.EXAMPLE
    .\Remove-RecycleBinUsersPermanently.ps1 -MinDays 20 -WhatIf
.EXAMPLE
    .\Remove-RecycleBinUsersPermanently.ps1 -UserPrincipalName MiriamG@contoso.onmicrosoft.com -Confirm:$false
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [ValidateRange(0, 30)]
    [int]$MinDays = 21,

    [string[]]$UserPrincipalName,

    [string[]]$Exclude = @()
)

Connect-MsolService

$now = Get-Date
$candidates = Get-MsolUser -ReturnDeletedUsers -All | Where-Object {
    (($now - $_.SoftDeletionTimestamp).TotalDays -ge $MinDays) -and
    ($_.UserPrincipalName -notin $Exclude) -and
    (-not $UserPrincipalName -or $_.UserPrincipalName -in $UserPrincipalName)
}

if (-not $candidates) {
    Write-Host "Nobody has been in the recycle bin for $MinDays+ days."
    return
}

[int]$purged = 0
[int]$kept = 0
foreach ($c in $candidates) {
    $days = [int]($now - $c.SoftDeletionTimestamp).TotalDays
    $what = "$($c.DisplayName) - deleted $days day(s) ago, licences: $($c.Licenses.AccountSkuId -join ',')"

    if ($PSCmdlet.ShouldProcess($c.UserPrincipalName, "PERMANENTLY delete ($what)")) {
        Remove-MsolUser -ObjectId $c.ObjectId -RemoveFromRecycleBin -Force
        if ($?) { $purged++ } else { $kept++ }
    }
    else {
        $kept++
    }
}

Write-Host "Purged $purged, kept $kept."
"{0:u}  purged={1} kept={2} by {3}" -f (Get-Date), $purged, $kept, $env:USERNAME >> "$PSScriptRoot\purge-history.log"
