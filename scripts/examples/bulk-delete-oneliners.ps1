# bulk-delete-oneliners.ps1
# The three ways I've seen people bulk-delete from a CSV, kept together so the team
# can pick one. Only ONE section should be uncommented at a time - by default the
# ForEach-Object version runs because it lets us log each user.
#
# leavers.csv columns: UserPrincipalName, DisplayName, Manager, Department, LastDay

Set-Location -Path $PSScriptRoot

# --- Option 1: pure pipeline (UserPrincipalName binds by property name) ---------
# Import-Csv .\leavers.csv | Remove-MsolUser -Force

# --- Option 2: ForEach-Object, with a line per user ------------------------------
Import-Csv .\leavers.csv | ForEach-Object {
    Write-Host "Deleting $($_.UserPrincipalName) (manager: $($_.Manager))"
    Remove-MsolUser -UserPrincipalName $_.UserPrincipalName -Force
}

# --- Option 3: aliases, the way it gets typed at the console ---------------------
# ipcsv .\leavers.csv | % { Remove-MsolUser -UserPrincipalName $_.UserPrincipalName -Force }

# --- Option 4: only the Marketing leavers, with PowerShell 7 leading pipes -------
# Import-Csv .\leavers.csv
#     | Where-Object Department -eq 'Marketing'
#     | ForEach-Object { Remove-MsolUser -UserPrincipalName $PSItem.UserPrincipalName -Force }

# Afterwards: who is in the recycle bin now?
Get-MsolUser -ReturnDeletedUsers |
    ? { $_.UserPrincipalName -in (Import-Csv .\leavers.csv).UserPrincipalName } |
    select UserPrincipalName, SoftDeletionTimestamp |
    sort SoftDeletionTimestamp -Descending

# Freed licences (still paid for until someone lowers the subscription)
Get-MsolAccountSku | % {
    '{0,-28} {1,4} of {2,4} used' -f $_.AccountSkuId, $_.ConsumedUnits, $_.ActiveUnits
}
