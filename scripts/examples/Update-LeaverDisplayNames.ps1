<#
.SYNOPSIS
    Renames leavers so they stand out: "Adele Vance" -> "Adele Vance (left 2025-01)".
    With -Undo, strips the suffix again (for people who came back).

.DESCRIPTION
    Uses Update-MgUser -DisplayName. Synced users are skipped (AD owns the name there).
    The suffix format is "(left yyyy-MM)"; older "(left)" and "(leaver)" suffixes
    from previous scripts are recognised and normalised.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(ValueFromPipelineByPropertyName)]
    [Alias('UPN')]
    [string[]]$UserPrincipalName = (Import-Csv "$PSScriptRoot\leavers.csv").UserPrincipalName,

    [switch]$Undo,

    [datetime]$LeftOn = (Get-Date)
)

begin {
    Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome
    $suffixPattern = '\s*\((left|leaver)(\s+(\d{4})-(\d{2}))?\)\s*$'
    $newSuffix = ' (left {0:yyyy-MM})' -f $LeftOn
    $renamed = 0
}

process {
    foreach ($upn in $UserPrincipalName) {
        $u = Get-MgUser -UserId $upn -Property Id, DisplayName, OnPremisesSyncEnabled
        if ($u.OnPremisesSyncEnabled) {
            Write-Warning "$upn is synced; rename it in AD"
            continue
        }

        $current = $u.DisplayName
        $base = $current -replace $suffixPattern, ''

        if ($current -match $suffixPattern -and $Matches[3]) {
            Write-Verbose "$upn already marked as left in $($Matches[3])-$($Matches[4])"
        }

        $target = $Undo ? $base : "$base$newSuffix"
        if ($target -ceq $current) {
            Write-Host "$upn unchanged ($current)"
            continue
        }

        if ($PSCmdlet.ShouldProcess($upn, "Rename '$current' -> '$target'")) {
            Update-MgUser -UserId $u.Id -DisplayName $target
            $renamed++
            Write-Host "$upn : '$current' -> '$target'"
        }
    }
}

end {
    Write-Host "$renamed user(s) renamed"
}
