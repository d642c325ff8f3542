# offboard-from-blog.ps1
#
# Steps copied from a blog post into our Word runbook and then into this file, so the
# dashes and quotes are Word's "smart" ones (– and “ ”). PowerShell accepts them, so
# they have been left exactly as pasted.
#
# Offboards AdeleV: shared mailbox for Megan, auto-reply, hidden from the GAL,
# OneDrive access for Megan, E3 licence removed.

$Leaver  = “AdeleV@contoso.onmicrosoft.com”
$Manager = ‘MeganB@contoso.onmicrosoft.com’
$OneDrive = “https://contoso-my.sharepoint.com/personal/adelev_contoso_onmicrosoft_com”

Connect-ExchangeOnline –ShowBanner:$false
Connect-MsolService
Connect-SPOService –Url ‘https://contoso-admin.sharepoint.com’

# Step 1 – convert the mailbox to a shared mailbox
Set-Mailbox –Identity $Leaver –Type “Shared”

# Step 2 – give the manager full access (it appears in her Outlook automatically)
Add-MailboxPermission –Identity $Leaver –User $Manager –AccessRights FullAccess –InheritanceType All –AutoMapping $true

# Step 3 – out-of-office message
Set-MailboxAutoReplyConfiguration –Identity $Leaver –AutoReplyState Enabled `
    –InternalMessage “Adele has left Contoso. Please contact Megan Bowen.” `
    –ExternalMessage “Adele no longer works at Contoso. Your email has been passed to a colleague.” `
    –ExternalAudience All

# Step 4 – hide from the address book and rename
Set-Mailbox –Identity $Leaver –HiddenFromAddressListsEnabled $true –DisplayName “Adele Vance (left)”

# Step 5 — OneDrive: make the manager a site collection admin
Set-SPOUser –Site $OneDrive –LoginName $Manager –IsSiteCollectionAdmin $true

# Step 6 – remove the licence (only AFTER step 1, or the mailbox is disabled in 30 days)
$Licenses = (Get-MsolUser –UserPrincipalName $Leaver).Licenses.AccountSkuId
if ($Licenses –contains “contoso:ENTERPRISEPACK”) {
    Set-MsolUserLicense –UserPrincipalName $Leaver –RemoveLicenses “contoso:ENTERPRISEPACK”
}

# Step 7 – check everything
Get-Mailbox –Identity $Leaver | Select-Object DisplayName, RecipientTypeDetails, HiddenFromAddressListsEnabled
Get-MailboxPermission –Identity $Leaver | Where-Object { $_.User –like “*MeganB*” }
Get-MsolUser –UserPrincipalName $Leaver | Select-Object UserPrincipalName, isLicensed
Write-Host ‘Offboarding finished – remember to close the ticket.’
