# Get-TenantOverview.ps1
# One-page overview of the tenant for the monthly IT report:
#   company info, domains, subscriptions, user counts, admins, mailbox types.
# Writes tenant-overview.json and prints a short summary.

. "$PSScriptRoot\Connect-M365Services.ps1" -Services Msol, Exchange

$sw = [System.Diagnostics.Stopwatch]::StartNew()

$company = Get-MsolCompanyInformation
$domains = Get-MsolDomain
$skus    = Get-MsolAccountSku
$users   = Get-MsolUser -All
$deleted = Get-MsolUser -ReturnDeletedUsers -All
$gaRole  = Get-MsolRole -RoleName 'Company Administrator'
$gas     = Get-MsolRoleMember -RoleObjectId $gaRole.ObjectId

$mailboxTypes = Get-Mailbox -ResultSize Unlimited |
    Group-Object RecipientTypeDetails -AsHashTable -AsString

$overview = [ordered]@{
    Company      = $company.DisplayName
    InitialDomain = $company.InitialDomain
    DirSync      = $company.DirectorySynchronizationEnabled
    Domains      = @($domains | ForEach-Object { '{0} ({1})' -f $_.Name, $_.Status })
    Users        = [ordered]@{
        Total      = @($users).Count
        Licensed   = @($users | Where-Object isLicensed).Count
        Blocked    = @($users | Where-Object BlockCredential).Count
        Synced     = @($users | Where-Object LastDirSyncTime).Count
        Guests     = @($users | Where-Object UserType -eq 'Guest').Count
        InRecycleBin = @($deleted).Count
    }
    GlobalAdmins = @($gas.EmailAddress)
    Mailboxes    = [ordered]@{
        User   = $mailboxTypes['UserMailbox'].Count
        Shared = $mailboxTypes['SharedMailbox'].Count
        Room   = $mailboxTypes['RoomMailbox'].Count
    }
    Licences     = @($skus | ForEach-Object {
        [ordered]@{ Sku = $_.SkuPartNumber; Bought = $_.ActiveUnits; Used = $_.ConsumedUnits }
    })
    GeneratedAt  = (Get-Date).ToString('s')
}

$json = $overview | ConvertTo-Json -Depth 5
$json | Set-Content -Path "$PSScriptRoot\tenant-overview.json" -Encoding UTF8

$u = $overview.Users
$text = @"
$($overview.Company) ($($overview.InitialDomain))
  Users         : $($u.Total) total, $($u.Licensed) licensed, $($u.Blocked) blocked, $($u.Synced) synced
  Recycle bin   : $($u.InRecycleBin)
  Global admins : $($overview.GlobalAdmins -join ', ')
  Mailboxes     : $($overview.Mailboxes.User) user, $($overview.Mailboxes.Shared ?? 0) shared, $($overview.Mailboxes.Room ?? 0) room
"@
Write-Host $text
$text | Out-File -FilePath "$PSScriptRoot\tenant-overview.txt"

# Tenant policy: the company info must list a technical contact
$techContact = Get-MsolCompanyInformation 2>&1 | Select-Object -ExpandProperty TechnicalNotificationEmails -ErrorAction SilentlyContinue
if (-not $techContact) { Write-Warning 'No technical notification address set for the tenant.' }

$sw.Stop()
if ($sw.ElapsedMilliseconds -gt 2e3) {
    Write-Verbose "Took $([math]::Round($sw.Elapsed.TotalSeconds, 1)) s"
}
