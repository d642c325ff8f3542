# Restore-DeletedUserGraph.ps1
# Graph SDK version of "undo a delete". Deleted users show up under
# Get-MgDirectoryDeletedItemAsUser with their UPN prefixed by the object id
# (no dashes), which is why the match is -like "*$upn".
#
#   ./Restore-DeletedUserGraph.ps1 LynneR@contoso.onmicrosoft.com
#   ./Restore-DeletedUserGraph.ps1 LynneR@contoso.onmicrosoft.com MiriamG@contoso.onmicrosoft.com

#Requires -Modules Microsoft.Graph.Identity.DirectoryManagement

if ($args.Count -eq 0) {
    Write-Host "Usage: $($MyInvocation.MyCommand.Name) <upn> [<upn> ...]"
    exit 1
}

Connect-MgGraph -Scopes 'User.ReadWrite.All', 'Directory.ReadWrite.All' -NoWelcome

$binUsers = Get-MgDirectoryDeletedItemAsUser -All -Property Id, DisplayName, UserPrincipalName, DeletedDateTime
Write-Verbose "Recycle bin holds $($binUsers.Count) users"

foreach ($upn in $args) {
    $match = @($binUsers | Where-Object UserPrincipalName -like "*$upn")

    if ($match.Count -eq 0) {
        Write-Warning "$upn not found in deleted items"
        continue
    }
    if ($match.Count -gt 1) {
        # Same UPN deleted twice: take the most recent one
        $match = $match | Sort-Object DeletedDateTime -Descending | Select-Object -First 1
    }

    $item = $match[0]
    $daysInBin = ((Get-Date) - $item.DeletedDateTime).Days
    Write-Host "Restoring $($item.DisplayName) ($upn), $daysInBin day(s) in the bin..."

    $restored = Restore-MgDirectoryDeletedItem -DirectoryObjectId $item.Id -BodyParameter @{
        autoReconcileProxyConflict = $true
    }
    if ($?) {
        Write-Host "  OK, id $($restored.Id)" -ForegroundColor Green
    }
}

# Check they're back and what they look like now
$args | ForEach-Object {
    Get-MgUser -UserId $_ -Property Id, DisplayName, UserPrincipalName, AccountEnabled, AssignedLicenses -ErrorAction SilentlyContinue
} | Select-Object DisplayName, UserPrincipalName, AccountEnabled,
    @{ n = 'Licences'; e = { $_.AssignedLicenses.Count } }
