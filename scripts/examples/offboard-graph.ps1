#Requires -Modules Microsoft.Graph.Authentication, Microsoft.Graph.Users, Microsoft.Graph.Users.Actions, Microsoft.Graph.Groups
<#
.SYNOPSIS
    Graph-only offboarding (no MSOnline, no AzureAD): disable, revoke sessions, leave
    groups, strip licences, delete. Exchange/OneDrive hand-over is done separately.

.EXAMPLE
    ./offboard-graph.ps1 -UserId ChristieC@contoso.onmicrosoft.com -Delete
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
    [Alias('UserPrincipalName')]
    [string]$UserId,

    [switch]$Delete
)

begin {
    $scopes = 'User.ReadWrite.All', 'Directory.ReadWrite.All', 'GroupMember.ReadWrite.All', 'User.RevokeSessions.All'
    $ctx = Get-MgContext
    if (-not $ctx -or ($scopes | Where-Object { $_ -notin $ctx.Scopes })) {
        Connect-MgGraph -Scopes $scopes -NoWelcome
    }
    Write-Verbose "Signed in as $((Get-MgContext).Account)"
}

process {
    # AccountEnabled / AssignedLicenses are empty unless requested with -Property
    $props = 'Id', 'DisplayName', 'UserPrincipalName', 'AccountEnabled', 'AssignedLicenses', 'OnPremisesSyncEnabled'
    $user = Get-MgUser -UserId $UserId -Property $props -ErrorAction SilentlyContinue
    if (-not $user) {
        Write-Error "User $UserId not found"
        return
    }
    if ($user.OnPremisesSyncEnabled) {
        Write-Warning "$($user.UserPrincipalName) is synced from AD - offboard it on-premises."
        return
    }

    Write-Host "== $($user.DisplayName) <$($user.UserPrincipalName)>" -ForegroundColor Cyan

    if ($user.AccountEnabled -and $PSCmdlet.ShouldProcess($user.UserPrincipalName, 'Disable account')) {
        Update-MgUser -UserId $user.Id -AccountEnabled:$false
        Write-Host '   disabled'
    }

    if ($PSCmdlet.ShouldProcess($user.UserPrincipalName, 'Revoke sign-in sessions')) {
        Revoke-MgUserSignInSession -UserId $user.Id | Out-Null
        Write-Host '   sessions revoked'
    }

    $groups = Get-MgUserMemberOf -UserId $user.Id -All |
        Where-Object { $_.AdditionalProperties['@odata.type'] -eq '#microsoft.graph.group' }
    foreach ($g in $groups) {
        $gName = $g.AdditionalProperties.displayName
        if ($PSCmdlet.ShouldProcess($gName, "Remove $($user.UserPrincipalName)")) {
            Remove-MgGroupMemberByRef -GroupId $g.Id -DirectoryObjectId $user.Id -ErrorAction SilentlyContinue ||
                Write-Warning "   could not leave '$gName' (mail-enabled or dynamic?)"
        }
    }

    $skuIds = $user.AssignedLicenses.SkuId
    if ($skuIds) {
        $names = (Get-MgUserLicenseDetail -UserId $user.Id).SkuPartNumber -join ', '
        if ($PSCmdlet.ShouldProcess($user.UserPrincipalName, "Remove licences $names")) {
            Set-MgUserLicense -UserId $user.Id -AddLicenses @() -RemoveLicenses $skuIds | Out-Null
            Write-Host "   licences removed: $names"
        }
    }

    if ($Delete -and $PSCmdlet.ShouldProcess($user.UserPrincipalName, 'Delete user')) {
        Remove-MgUser -UserId $user.Id -Confirm:$false
        Write-Host '   deleted (restorable for 30 days: Restore-DeletedUserGraph.ps1)'
    }
}

end {
    Write-Host 'Remember: convert the mailbox / hand over the OneDrive BEFORE -Delete.' -ForegroundColor Yellow
}
