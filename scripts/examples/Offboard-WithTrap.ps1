# Offboard-WithTrap.ps1
# Old-school offboarding script from the 2019 runbook, still in use.
# Uses trap instead of try/catch: any error stops the run and ends up in the log.
#
# Usage:
#   .\Offboard-WithTrap.ps1 AdeleV@contoso.onmicrosoft.com
#   .\Offboard-WithTrap.ps1 -Leaver AlexW@contoso.onmicrosoft.com -Manager MeganB@contoso.onmicrosoft.com

param(
    $Leaver  = $(throw 'Leaver UPN is required'),
    $Manager = 'MeganB@contoso.onmicrosoft.com'
)

$ErrorActionPreference = 'Stop'
$LogFile = "$env:TEMP\offboard_$($Leaver.Split('@')[0])_$(Get-Date -Format yyyyMMddHHmm).log"

trap [System.Management.Automation.CommandNotFoundException] {
    "MISSING MODULE: $($_.Exception.Message)" | Out-File $LogFile -Append
    Write-Host 'A cmdlet is missing - install MSOnline and ExchangeOnlineManagement.' -ForegroundColor Red
    exit 10
}

trap {
    "ERROR at line $($_.InvocationInfo.ScriptLineNumber): $($_.Exception.Message)" | Out-File $LogFile -Append
    Write-Host "Stopped: $($_.Exception.Message)  (see $LogFile)" -ForegroundColor Red
    exit 1
}

# The 2019 install put MSOnline in the 32-bit module folder on some jump hosts
$legacyMsol = "${env:ProgramFiles(x86)}\WindowsPowerShell\Modules\MSOnline"
if (Test-Path $legacyMsol) {
    $env:PSModulePath = "$env:PSModulePath;$(Split-Path $legacyMsol -Parent)"
}

function Log([string]$text) {
    $stamp = Get-Date -Format 'HH:mm:ss'
    "$stamp`t$text" | Out-File $LogFile -Append
    Write-Host "$stamp  $text"
}

Log "$($MyInvocation.MyCommand.Name) run by $env:USERNAME"
Log "Offboarding $Leaver, manager $Manager"

# Connection chatter goes to log files, not the screen
Connect-MsolService *>> $LogFile
Connect-ExchangeOnline -ShowBanner:$false *> "$env:TEMP\exo-connect.log"

$user = Get-MsolUser -UserPrincipalName $Leaver
Log "Found $($user.DisplayName), licensed: $($user.isLicensed)"

Set-MsolUser -UserPrincipalName $Leaver -BlockCredential $true
Log 'Sign-in blocked'

# Warnings ("no settings have been modified") and errors captured with the output
$output = Set-Mailbox -Identity $Leaver -Type Shared -ErrorAction Continue 3>&1 2>&1
foreach ($line in $output) { Log "Set-Mailbox: $line" }

Add-MailboxPermission -Identity $Leaver -User $Manager -AccessRights FullAccess -InheritanceType All > $null
Log "FullAccess for $Manager"

Set-MailboxAutoReplyConfiguration -Identity $Leaver -AutoReplyState Enabled `
    -InternalMessage "I have left the company. Please contact $Manager." `
    -ExternalMessage 'I have left the company. Your message has been passed on to a colleague.'
Log 'Auto-reply on'

$skus = $user.Licenses.AccountSkuId
if ($skus) {
    Set-MsolUserLicense -UserPrincipalName $Leaver -RemoveLicenses $skus
    Log "Licences removed: $($skus -join ', ')"
}

Log 'Done'
Write-Host "Log: $LogFile"
