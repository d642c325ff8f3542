<#
.SYNOPSIS
    Connects to every Microsoft 365 service the admin scripts need, in one go.

.DESCRIPTION
    Run it with & or dot-source it at the top of another script:
        & "$PSScriptRoot\Connect-M365Services.ps1" -Services Msol, Exchange
        . .\Connect-M365Services.ps1
    Remembers the credential in $global:M365Credential for the rest of the session so
    you're only asked once. Checks the module folders first, so a missing module gives a
    clear message instead of "command not found".

.PARAMETER Services
    Which services: Msol, AzureAD, Exchange, SharePoint, Graph. Default all but AzureAD.
#>
[CmdletBinding()]
param(
    [ValidateSet('Msol', 'AzureAD', 'Exchange', 'SharePoint', 'Graph')]
    [string[]]$Services = @('Msol', 'Exchange', 'SharePoint', 'Graph'),

    [string]$AdminUpn = 'admin@contoso.onmicrosoft.com',

    [string]$SharePointAdminUrl = 'https://contoso-admin.sharepoint.com',

    [string[]]$GraphScopes = @('User.ReadWrite.All', 'Directory.ReadWrite.All', 'Organization.Read.All')
)

# Where modules usually live on an admin workstation
$moduleFolders = @(
    (Join-Path $env:USERPROFILE 'Documents\PowerShell\Modules'),
    (Join-Path $env:ProgramFiles 'PowerShell\Modules'),
    (Join-Path ${env:ProgramFiles(x86)} 'WindowsPowerShell\Modules')
)
Write-Verbose "Module folders: $($moduleFolders -join '; ')"

$logDir = Join-Path $env:TEMP 'm365-connect'
if (-not (Test-Path $logDir)) { New-Item -Path $logDir -ItemType Directory -Force > $null }

if (-not $global:M365Credential -and ($Services -contains 'Msol' -or $Services -contains 'AzureAD')) {
    $global:M365Credential = Get-Credential -UserName $AdminUpn -Message 'Microsoft 365 admin'
}
$cred = $global:M365Credential

$status = [ordered]@{}

foreach ($svc in $Services) {
    Write-Host "Connecting to $svc..." -NoNewline
    try {
        switch -Exact ($svc) {
            'Msol' {
                Connect-MsolService -Credential $cred -ErrorAction Stop
                # cheap call that fails if the connection didn't take
                Get-MsolDomain -ErrorAction Stop | Out-Null
            }
            'AzureAD' {
                Connect-AzureAD -Credential $cred -ErrorAction Stop | Out-Null
            }
            'Exchange' {
                Connect-ExchangeOnline -UserPrincipalName $AdminUpn -ShowBanner:$false -ErrorAction Stop
            }
            'SharePoint' {
                Connect-SPOService -Url $SharePointAdminUrl -Credential $cred -ErrorAction Stop
            }
            'Graph' {
                Connect-MgGraph -Scopes $GraphScopes -NoWelcome -ErrorAction Stop
            }
        }
        $status[$svc] = 'OK'
        Write-Host ' OK' -ForegroundColor Green
    }
    catch [System.Management.Automation.CommandNotFoundException] {
        $status[$svc] = 'module missing'
        Write-Host ' module not installed' -ForegroundColor Red
    }
    catch {
        $status[$svc] = $_.Exception.Message
        Write-Host " FAILED: $($_.Exception.Message)" -ForegroundColor Red
        "$(Get-Date -Format s) $svc $($_.Exception.Message)" >> (Join-Path $logDir 'errors.log')
    }
}

$global:M365Connected = $status
$failed = @($status.Keys | Where-Object { $status[$_] -ne 'OK' })
if ($failed) {
    Write-Warning "Not connected: $($failed -join ', ')"
}
else {
    Write-Host "All connected as $AdminUpn" -ForegroundColor Green
}
