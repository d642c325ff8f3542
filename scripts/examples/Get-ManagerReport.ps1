# Get-ManagerReport.ps1
#
# For each leaver: who is their manager according to Entra ID, and does that match
# the Manager column HR put in leavers.csv? A mismatch usually means the hand-over
# would go to the wrong person.
#
# PowerShell 7 only (uses ?. , ?? and ternaries).

#Requires -Version 7.0

param(
    [string]$CsvPath = "$PSScriptRoot/leavers.csv"
)

Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome

$rows = foreach ($l in Import-Csv $CsvPath) {
    $upn = $l.UserPrincipalName

    $user = Get-MgUser -UserId $upn -Property Id, DisplayName, Department, JobTitle -ErrorAction SilentlyContinue
    $mgr  = $user ? (Get-MgUserManager -UserId $user.Id -ErrorAction SilentlyContinue) : $null

    # ${mgr}?. - the braces stop PowerShell reading "mgr?" as the variable name
    $mgrUpn  = ${mgr}?.AdditionalProperties?['userPrincipalName']
    $mgrName = ${mgr}?.AdditionalProperties?['displayName'] ?? '(no manager)'
    $hrMgr   = $l.Manager

    [pscustomobject]@{
        Leaver       = $upn
        Name         = ${user}?.DisplayName ?? '(not found)'
        Department   = ${user}?.Department
        EntraManager = $mgrName
        HrManager    = $hrMgr
        Match        = [string]::IsNullOrEmpty($hrMgr) ? $null : ($hrMgr -ieq $mgrUpn)
    }
}

$rows | Format-Table -AutoSize

$mismatches = $rows | Where-Object { $_.Match -eq $false }
$mismatches | ForEach-Object {
    Write-Warning "$($_.Leaver): HR says $($_.HrManager), Entra ID says $($_.EntraManager)"
}

$total = @($rows).Count
$bad = @($mismatches).Count
Write-Host ("{0}/{1} manager(s) match" -f ($total - $bad), $total) -ForegroundColor ($bad ? 'Yellow' : 'Green')

$rows | Export-Csv "$PSScriptRoot/manager-check.csv" -NoTypeInformation && Write-Host 'Saved manager-check.csv'

if ($bad -eq 0) { Write-Host 'Safe to run the hand-over scripts.' }
else { Write-Host 'Fix leavers.csv or the manager field in Entra ID first.' }
