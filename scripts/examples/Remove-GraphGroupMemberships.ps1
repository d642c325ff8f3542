# Remove-GraphGroupMemberships.ps1
# Graph flavour of the group clean-up: every group the leaver is a direct member of,
# except dynamic groups and mail-enabled ones (those have to be done in Exchange).
#
#   pwsh ./Remove-GraphGroupMemberships.ps1 -User AdeleV@contoso.onmicrosoft.com -WhatIf

[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
    [Alias('UserPrincipalName', 'UPN')]
    [string[]]$User
)

begin {
    if (-not (Get-MgContext)) {
        Connect-MgGraph -Scopes 'GroupMember.ReadWrite.All', 'User.Read.All' -NoWelcome
    }
    $summary = [System.Collections.Generic.List[string]]::new()
}

process {
    foreach ($upn in $User) {
        $u = Get-MgUser -UserId $upn -Property Id, DisplayName -ErrorAction SilentlyContinue
        if (-not $u) { Write-Warning "No such user: $upn"; continue }

        $groups = Get-MgUserMemberOf -UserId $u.Id -All |
            Where-Object { $_.AdditionalProperties.'@odata.type' -eq '#microsoft.graph.group' }

        foreach ($g in $groups) {
            $props = $g.AdditionalProperties
            $name  = $props['displayName']

            if ($props.groupTypes -contains 'DynamicMembership') {
                Write-Verbose "$name is dynamic - fix the rule instead"
                continue
            }
            if ($props.mailEnabled -and -not ($props.groupTypes -contains 'Unified')) {
                Write-Warning "$name is a distribution list / mail-enabled security group: use Remove-DistributionGroupMember"
                continue
            }
            if ($props.onPremisesSyncEnabled) {
                Write-Warning "$name is synced from AD - remove $upn on-premises"
                continue
            }

            if ($PSCmdlet.ShouldProcess("$name ($($g.Id))", "Remove $upn")) {
                try {
                    Remove-MgGroupMemberByRef -GroupId $g.Id -DirectoryObjectId $u.Id -ErrorAction Stop
                    $summary.Add("${upn}: removed from $name")
                }
                catch {
                    $summary.Add("${upn}: FAILED $name - $($_.Exception.Message)")
                }
            }
        }
    }
}

end {
    $summary | ForEach-Object { Write-Host $_ }
    Write-Host "$($summary.Count) change(s)"
}
