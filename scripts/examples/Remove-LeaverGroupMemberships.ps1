<#
.SYNOPSIS
    Takes leavers out of distribution lists, mail-enabled security groups and
    Microsoft 365 groups (owners first, then members).

.DESCRIPTION
    group-cleanup.csv: UserPrincipalName, KeepGroups (semicolon-separated display names
    that should be left alone, e.g. "All Company").
    Writes what it removed to a log so it can be put back if HR changes their mind.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$CsvPath = (Join-Path $PSScriptRoot 'group-cleanup.csv'),
    [string]$LogPath = (Join-Path $PSScriptRoot 'group-cleanup.log')
)

Connect-ExchangeOnline -ShowBanner:$false

# Rotate the log once it passes 5 MB
$maxLogBytes = 5l * 1MB
if ((Test-Path $LogPath) -and (Get-Item $LogPath).Length -gt $maxLogBytes) {
    Move-Item -Path $LogPath -Destination ($LogPath -replace '\.log$', "-$(Get-Date -Format yyyyMMdd).log") -Force
}

function Write-Log {
    param([Parameter(Mandatory)][string]$Message)
    $line = '{0:yyyy-MM-dd HH:mm:ss}  {1}' -f (Get-Date), $Message
    $line >> $LogPath
    Write-Verbose $line
}

$all365Groups = Get-UnifiedGroup -ResultSize Unlimited

foreach ($entry in Import-Csv $CsvPath) {
    $upn  = $entry.UserPrincipalName
    $keep = @($entry.KeepGroups -split ';' | ForEach-Object Trim | Where-Object { $_ })

    $mbx = Get-Mailbox -Identity $upn -ErrorAction SilentlyContinue
    if (-not $mbx) {
        Write-Warning "$upn has no mailbox, skipping Exchange groups"
        continue
    }
    Write-Log "---- $upn ----"

    #region Distribution lists and mail-enabled security groups
    $dn = $mbx.DistinguishedName
    $dls = Get-Recipient -Filter "Members -eq '$dn'" -RecipientTypeDetails MailUniversalDistributionGroup, MailUniversalSecurityGroup
    foreach ($dl in $dls) {
        if ($keep -contains $dl.DisplayName) {
            Write-Log "kept DL $($dl.DisplayName)"
            continue
        }
        if ($PSCmdlet.ShouldProcess($dl.DisplayName, "Remove $upn")) {
            Remove-DistributionGroupMember -Identity $dl.ExternalDirectoryObjectId -Member $upn `
                -BypassSecurityGroupManagerCheck -Confirm:$false
            Write-Log "removed from DL $($dl.DisplayName) ($($dl.PrimarySmtpAddress))"
        }
    }
    #endregion

    #region Microsoft 365 groups
    foreach ($g in $all365Groups) {
        if ($keep -contains $g.DisplayName) { continue }

        $owners  = (Get-UnifiedGroupLinks -Identity $g.Identity -LinkType Owners).PrimarySmtpAddress
        $members = (Get-UnifiedGroupLinks -Identity $g.Identity -LinkType Members).PrimarySmtpAddress

        if ($owners -contains $upn) {
            if (@($owners).Count -le 1) {
                Write-Warning "$upn is the last owner of '$($g.DisplayName)' - add a new owner first"
                Write-Log "SKIPPED last owner of $($g.DisplayName)"
                continue
            }
            if ($PSCmdlet.ShouldProcess($g.DisplayName, "Remove owner $upn")) {
                Remove-UnifiedGroupLinks -Identity $g.Identity -LinkType Owners -Links $upn -Confirm:$false
                Write-Log "removed as owner of $($g.DisplayName)"
            }
        }
        if ($members -contains $upn -and $PSCmdlet.ShouldProcess($g.DisplayName, "Remove member $upn")) {
            Remove-UnifiedGroupLinks -Identity $g.Identity -LinkType Members -Links $upn -Confirm:$false
            Write-Log "removed as member of $($g.DisplayName)"
        }
    }
    #endregion
}

Write-Host "Done - see $LogPath"
Get-Content $LogPath -Tail 20
