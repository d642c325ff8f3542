<#
.SYNOPSIS
    Menu-driven offboarding console for the service desk.

.DESCRIPTION
    Asks for the leaver's UPN, shows what we know about them, and then offers the
    offboarding steps one at a time. Nothing happens without a "y".
    Meant for first-line staff who don't want to remember cmdlet names.
#>

$script:Leaver  = $null
$script:Manager = $null

# Optional: .\Start-OffboardingMenu.ps1 <leaver-upn> [<manager-upn>]
$presetLeaver  = if ($args.Count -ge 1) { [string]$args[0] } else { $null }
$presetManager = if ($args.Count -ge 2) { [string]$args[1] } else { $null }

$banner = @'
  Every step asks before it changes anything.
  Order that works: 2 -> 3 -> 4 -> 5. Don't delete (6) after 3:
  a shared mailbox needs its account.
'@

function Show-Header {
    Write-Host ''
    Write-Host '==============================================' -ForegroundColor Cyan
    Write-Host '   Contoso - leaver offboarding'                 -ForegroundColor Cyan
    Write-Host '==============================================' -ForegroundColor Cyan
    if ($script:Leaver) {
        Write-Host ("   Leaver : {0}" -f $script:Leaver.UserPrincipalName)
        Write-Host ("   Manager: {0}" -f ($script:Manager ?? '(not set)'))
    }
}

function Confirm-Step([string]$Question) {
    $answer = Read-Host "$Question [y/N]"
    return $answer -match '^(y|yes)$'
}

function Select-Leaver {
    do {
        if ($presetLeaver) {
            $upn, $script:presetLeaver = $presetLeaver, $null
        }
        else {
            $upn = Read-Host 'Leaver UPN (e.g. AdeleV@contoso.onmicrosoft.com)'
        }
        $user = Get-MsolUser -UserPrincipalName $upn -ErrorAction SilentlyContinue
        if (-not $user) { Write-Warning "Can't find '$upn', try again." }
    } until ($user)

    $script:Leaver = $user
    $mgr = $presetManager ?? (Read-Host 'Manager UPN (leave empty to skip)')
    $script:presetManager = $null
    $script:Manager = if ($mgr) { $mgr } else { $null }
}

Connect-MsolService
Connect-ExchangeOnline -ShowBanner:$false

Select-Leaver

$running = $true
while ($running) {
    Show-Header
    Write-Host $banner -ForegroundColor DarkGray
    Write-Host '  1) Show account details'
    Write-Host '  2) Block sign-in'
    Write-Host '  3) Convert mailbox to shared + FullAccess for manager'
    Write-Host '  4) Turn on automatic reply'
    Write-Host '  5) Remove all licences'
    Write-Host '  6) Delete the account'
    Write-Host '  7) Pick another leaver'
    Write-Host '  Q) Quit'
    $choice = Read-Host 'Choose'
    $upn = $script:Leaver.UserPrincipalName

    switch -Exact ($choice) {
        '1' {
            Get-MsolUser -UserPrincipalName $upn |
                Format-List DisplayName, UserPrincipalName, Department, IsLicensed, BlockCredential, LastDirSyncTime
            Get-Mailbox -Identity $upn -ErrorAction SilentlyContinue |
                Format-List RecipientTypeDetails, ForwardingSmtpAddress, LitigationHoldEnabled
        }
        '2' {
            if (Confirm-Step "Block sign-in for $upn?") {
                Set-MsolUser -UserPrincipalName $upn -BlockCredential $true
                Write-Host 'Blocked.' -ForegroundColor Green
            }
        }
        '3' {
            if (-not $script:Manager) { Write-Warning 'Set a manager first (option 7).'; break }
            if (Confirm-Step "Convert $upn to shared and give $($script:Manager) FullAccess?") {
                Set-Mailbox -Identity $upn -Type Shared
                Add-MailboxPermission -Identity $upn -User $script:Manager -AccessRights FullAccess -AutoMapping $true | Out-Null
                Write-Host 'Done.' -ForegroundColor Green
            }
        }
        '4' {
            $msg = Read-Host 'Reply text (empty = default)'
            if (-not $msg) { $msg = "$($script:Leaver.DisplayName) has left Contoso. Please contact $($script:Manager ?? 'our front desk')." }
            Set-MailboxAutoReplyConfiguration -Identity $upn -AutoReplyState Enabled -InternalMessage $msg -ExternalMessage $msg
        }
        '5' {
            $skus = (Get-MsolUser -UserPrincipalName $upn).Licenses.AccountSkuId
            if (-not $skus) { Write-Host 'No licences.'; break }
            if (Confirm-Step "Remove $($skus -join ', ')?") {
                Set-MsolUserLicense -UserPrincipalName $upn -RemoveLicenses $skus
            }
        }
        '6' {
            Write-Warning 'The account goes to the recycle bin for 30 days.'
            if (Confirm-Step "Really delete $upn?") {
                Remove-MsolUser -UserPrincipalName $upn -Force
                if ($?) { $script:Leaver = $null; Select-Leaver }
            }
        }
        '7' { Select-Leaver }
        { $_ -in 'q', 'Q', 'quit', 'exit' } { $running = $false }
        default { Write-Warning "Unknown option '$choice'" }
    }
}

Write-Host 'Bye.'
