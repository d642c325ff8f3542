<#
.SYNOPSIS
    Creates one new starter with the Graph SDK, licenses them and sets their manager.

.EXAMPLE
    ./New-GraphStarter.ps1 -GivenName Pradeep -Surname Gupta -Department Marketing -Manager MeganB@contoso.onmicrosoft.com
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [string] $GivenName,
    [Parameter(Mandatory)] [string] $Surname,
    [string] $Department = 'Marketing',
    [string] $JobTitle,
    [string] $Manager,
    [ValidateSet('ENTERPRISEPACK', 'SPE_E5')] [string] $Sku = 'ENTERPRISEPACK',
    [string] $Domain = 'contoso.onmicrosoft.com',
    [string] $UsageLocation = 'US'
)

Connect-MgGraph -Scopes 'User.ReadWrite.All', 'Organization.Read.All' -NoWelcome

# Naming convention: first name + first letter of surname (AdeleV, MeganB, ...)
$nick = ($GivenName + $Surname.Substring(0, 1)) -replace '[^A-Za-z0-9]', ''
$upn  = "$nick@$Domain"

# If it's taken, append 2, 3, ...
$suffix = 1
while (Get-MgUser -Filter "userPrincipalName eq '$upn'" -ErrorAction SilentlyContinue) {
    $suffix++
    $upn = "$nick$suffix@$Domain"
}

# 16 random characters; [char] casts from code points
$tempPassword = -join ((48..57) + (65..90) + (97..122) | Get-Random -Count 14 | ForEach-Object { [char]$_ }) + '!9'

$body = @{
    DisplayName       = "$GivenName $Surname"
    GivenName         = $GivenName
    Surname           = $Surname
    UserPrincipalName = $upn
    MailNickname      = $nick
    Department        = $Department
    UsageLocation     = $UsageLocation
    AccountEnabled    = $true
    PasswordProfile   = @{
        Password                      = $tempPassword
        ForceChangePasswordNextSignIn = $true
    }
}
if ($JobTitle) { $body.JobTitle = $JobTitle }

if (-not $PSCmdlet.ShouldProcess($upn, 'Create user')) { return }

$newUser = New-MgUser @body
Write-Host "Created $($newUser.DisplayName) <$($newUser.UserPrincipalName)> id $($newUser.Id)"

# Licence
$skuObj = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq $Sku
$free = $skuObj.PrepaidUnits.Enabled - $skuObj.ConsumedUnits
if ($free -gt 0) {
    Set-MgUserLicense -UserId $newUser.Id -AddLicenses @(@{ SkuId = $skuObj.SkuId }) -RemoveLicenses @() | Out-Null
    Write-Host "Licensed with $Sku ($($free - 1) left)"
}
else {
    Write-Warning "No free $Sku licences. Ask Billing to buy one, then license $upn."
}

# Manager (uses the raw reference body; there is no -ManagerId parameter)
if ($Manager) {
    $mgr = Get-MgUser -UserId $Manager -ErrorAction SilentlyContinue
    if ($mgr) {
        Update-MgUser -UserId $newUser.Id -AdditionalProperties @{
            'manager@odata.bind' = "https://graph.microsoft.com/v1.0/users/$($mgr.Id)"
        }
    }
}

[pscustomobject]@{
    UserPrincipalName = $upn
    TemporaryPassword = $tempPassword
    Licence           = if ($free -gt 0) { $Sku } else { 'none' }
}
