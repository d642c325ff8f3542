# Get-SharedMailboxLicenseCheck.ps1
#
# Shared mailboxes are free up to 50 GB - but NOT if they're over 50 GB, have an
# archive, or are on hold. This checks every shared mailbox and says which ones
# still need a licence and which licensed ones could give theirs back.
#
# Parses TotalItemSize the old-fashioned way ("1.234 GB (1,325,400,064 bytes)")
# because .Value.ToBytes() isn't available in every session type.

$limit      = 50GB
$warnAt     = [long]($limit * 0.9)
$results    = @()

Connect-ExchangeOnline -ShowBanner:$false
Connect-MsolService

function ConvertTo-Bytes {
    param([string]$SizeText)
    if ([string]::IsNullOrWhiteSpace($SizeText)) { return 0l }
    # keep only the number inside "(... bytes)" and drop the thousands separators
    $digits = $SizeText -replace '.*\(([\d,]+) bytes\).*', '$1' -replace ',', ''
    return [long]$digits
}

$shared = Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited

foreach ($s in $shared) {
    $stats = Get-MailboxStatistics -Identity $s.UserPrincipalName
    $bytes = ConvertTo-Bytes "$($stats.TotalItemSize)"
    $gb    = [math]::Round($bytes / 1GB, 2)

    $msol      = Get-MsolUser -UserPrincipalName $s.UserPrincipalName -ErrorAction SilentlyContinue
    $licensed  = [bool]$msol.IsLicensed
    $hasArchive = $s.ArchiveStatus -eq 'Active'
    $onHold     = $s.LitigationHoldEnabled -or ($s.InPlaceHolds.Count -gt 0)

    $needsLicence = ($bytes -gt $limit) -or $hasArchive -or $onHold

    $verdict = if ($needsLicence -and -not $licensed) { 'LICENCE REQUIRED' }
               elseif (-not $needsLicence -and $licensed) { 'Licence can be removed' }
               elseif ($bytes -ge $warnAt) { 'Close to 50 GB' }
               else { 'OK' }

    $results += [pscustomobject]@{
        Mailbox   = $s.PrimarySmtpAddress
        SizeGB    = $gb
        Archive   = $hasArchive
        OnHold    = $onHold
        Licensed  = $licensed
        Licences  = $msol.Licenses.AccountSkuId -join ','
        Verdict   = $verdict
    }
}

$results | Sort-Object SizeGB -Descending | Format-Table -AutoSize

$results | Where-Object Verdict -ne 'OK' | ForEach-Object {
    Write-Warning ("{0}: {1} ({2} GB)" -f $_.Mailbox, $_.Verdict, $_.SizeGB)
}

$saving = @($results | Where-Object Verdict -eq 'Licence can be removed').Count
Write-Host "$($results.Count) shared mailbox(es) checked; $saving licence(s) could be recovered."
