<#
.SYNOPSIS
    Shared helper functions for the offboarding scripts. Dot-source this file:

        . "$PSScriptRoot\OffboardingHelpers.ps1"

.DESCRIPTION
    Nothing here runs on its own; the file only defines functions and a couple of
    script-scope settings. Used by Invoke-BulkOffboarding.ps1.
#>

# Settings shared by the helpers (script scope of whoever dot-sources us)
$script:OffboardLogFile = Join-Path $PSScriptRoot "offboarding-$(Get-Date -Format yyyyMMdd).log"
$script:TenantPrefix    = 'contoso'
$script:LeftSuffix      = ' (left)'

function Write-OffboardLog {
    <#
    .SYNOPSIS
        Appends a timestamped line to the offboarding log and echoes it.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)]
        [string]$Message,

        [ValidateSet('INFO', 'WARN', 'ERROR')]
        [string]$Level = 'INFO'
    )
    $line = "[{0:yyyy-MM-dd HH:mm:ss}] [{1,-5}] {2}" -f (Get-Date), $Level, $Message
    Add-Content -Path $script:OffboardLogFile -Value $line
    switch ($Level) {
        'WARN'  { Write-Warning $Message }
        'ERROR' { Write-Host $line -ForegroundColor Red }
        default { Write-Host $line }
    }
}

function Write-Stamp {
    # Write-Host with a time stamp; passes everything else straight through (@args)
    Write-Host "[$(Get-Date -Format T)]" @args
}

function Get-LeaverList {
    <# .SYNOPSIS Reads leaver UPNs from a CSV into a List[string] (always a list, even for one row). #>
    param([Parameter(Mandatory)][string]$Path)
    $list = [System.Collections.Generic.List[string]]::new()
    foreach ($row in Import-Csv -Path $Path) {
        if (-not [string]::IsNullOrWhiteSpace($row.UserPrincipalName)) {
            $list.Add($row.UserPrincipalName.Trim())
        }
    }
    # the unary comma stops PowerShell unrolling the list into single strings
    return , $list
}

function Get-OneDriveUrl {
    <# .SYNOPSIS Builds the OneDrive URL for a UPN. #>
    param([Parameter(Mandatory, ValueFromPipeline)][string]$UserPrincipalName)
    process {
        $path = $UserPrincipalName.ToLower() -replace '[^a-z0-9-]', '_'
        "https://$($script:TenantPrefix)-my.sharepoint.com/personal/$path"
    }
}

function Test-LeaverIsDeletable {
    <#
    .SYNOPSIS
        Returns $true when nothing stops deleting the account; otherwise writes the
        reasons as warnings and returns $false.
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [Alias('UPN')]
        [string]$UserPrincipalName
    )
    process {
        $reasons = @()
        $msol = Get-MsolUser -UserPrincipalName $UserPrincipalName -ErrorAction SilentlyContinue
        if (-not $msol) { Write-Warning "$UserPrincipalName not found"; return $false }
        if ($msol.LastDirSyncTime) { $reasons += 'synchronized from on-premises AD' }

        $mbx = Get-Mailbox -Identity $UserPrincipalName -ErrorAction SilentlyContinue
        if ($mbx) {
            if ($mbx.RecipientTypeDetails -eq 'SharedMailbox') { $reasons += 'mailbox is shared' }
            if ($mbx.ForwardingSmtpAddress -or $mbx.ForwardingAddress) { $reasons += 'forwarding is set' }
            if ($mbx.LitigationHoldEnabled) { $reasons += 'on litigation hold (will become inactive)' }
        }

        foreach ($r in $reasons) { Write-Warning "${UserPrincipalName}: $r" }
        return ($reasons.Count -eq 0)
    }
}

function Remove-LeaverLicense {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('UPN')]
        [string]$UserPrincipalName
    )
    begin   { $count = 0 }
    process {
        $skus = (Get-MsolUser -UserPrincipalName $UserPrincipalName).Licenses.AccountSkuId
        if (-not $skus) { return }
        if ($PSCmdlet.ShouldProcess($UserPrincipalName, "Remove $($skus -join ',')")) {
            Set-MsolUserLicense -UserPrincipalName $UserPrincipalName -RemoveLicenses $skus
            $count += @($skus).Count
            Write-OffboardLog "Removed licences $($skus -join ', ') from $UserPrincipalName"
        }
    }
    end     { Write-Verbose "Remove-LeaverLicense: $count licence(s) removed" }
}

# A filter is a function whose body is the process block
filter ConvertTo-LeaverRecord {
    [pscustomobject]@{
        UserPrincipalName = $_.UserPrincipalName.Trim()
        Manager           = if ($_.Manager) { $_.Manager.Trim() } else { $null }
        OneDrive          = $_.UserPrincipalName.Trim() | Get-OneDriveUrl
        LastDay           = $_.LastDay -as [datetime]
    }
}

filter Where-LeaverDue {
    param([datetime]$Today = (Get-Date).Date)
    if ($null -eq $_.LastDay -or $_.LastDay -le $Today) { $_ }
}

function Set-LeaverMailboxHandover {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][string]$UserPrincipalName,
        [Parameter(Mandatory)][string]$Manager,
        [string]$Message
    )
    if (-not $PSCmdlet.ShouldProcess($UserPrincipalName, "Share mailbox with $Manager")) { return }

    $mbx = Get-Mailbox -Identity $UserPrincipalName
    if ($mbx.RecipientTypeDetails -ne 'SharedMailbox') {
        Set-Mailbox -Identity $UserPrincipalName -Type Shared
    }
    Add-MailboxPermission -Identity $UserPrincipalName -User $Manager -AccessRights FullAccess -InheritanceType All *> $null
    if (-not $mbx.DisplayName.EndsWith($script:LeftSuffix)) {
        Set-Mailbox -Identity $UserPrincipalName -DisplayName ($mbx.DisplayName + $script:LeftSuffix)
    }
    if ($Message) {
        Set-MailboxAutoReplyConfiguration -Identity $UserPrincipalName -AutoReplyState Enabled `
            -InternalMessage $Message -ExternalMessage $Message -ExternalAudience All
    }
    Write-OffboardLog "Mailbox of $UserPrincipalName shared with $Manager"
}
