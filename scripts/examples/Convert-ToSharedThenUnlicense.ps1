<#
.SYNOPSIS
    Converts a leaver's mailbox to shared, WAITS until Exchange reports it as shared,
    and only then removes the licences.

.DESCRIPTION
    If the licence goes first, the mailbox is disabled after the 30-day grace period and
    the manager loses the mail. The conversion is usually instant but on a busy tenant
    it can lag, so this polls for up to -TimeoutSeconds.

.EXAMPLE
    .\Convert-ToSharedThenUnlicense.ps1 -Identity ChristieC@contoso.onmicrosoft.com
#>
param(
    [Parameter(Mandatory)]
    [string]$Identity,

    [int]$TimeoutSeconds = 120,
    [int]$PollSeconds = 10
)

$started = Get-Date
try {
    Connect-ExchangeOnline -ShowBanner:$false -ErrorAction Stop
    Connect-MsolService -ErrorAction Stop

    $mbx = Get-Mailbox -Identity $Identity -ErrorAction Stop
    if ($mbx.RecipientTypeDetails -ne 'SharedMailbox') {
        Set-Mailbox -Identity $Identity -Type Shared -ErrorAction Stop
    }

    # Poll until shared or timed out
    $attempts = 0
    do {
        if ($attempts -gt 0) { Start-Sleep -Seconds $PollSeconds }
        $attempts++
        $type = (Get-Mailbox -Identity $Identity).RecipientTypeDetails
        Write-Host ("  attempt {0}: {1}" -f $attempts, $type)
    } while ($type -ne 'SharedMailbox' -and ((Get-Date) - $started).TotalSeconds -lt $TimeoutSeconds)

    if ($type -ne 'SharedMailbox') {
        throw "Mailbox $Identity is still '$type' after $TimeoutSeconds s - NOT removing licences."
    }

    # Size check: a shared mailbox over 50 GB still needs a licence
    $stats = Get-MailboxStatistics -Identity $Identity
    $bytes = [long](("$($stats.TotalItemSize)" -split '[()]')[1] -replace '[^\d]', '')
    if ($bytes -gt 50GB) {
        Write-Warning ('{0} holds {1:N1} GB - keep a licence on it.' -f $Identity, ($bytes / 1GB))
        return
    }

    $skus = (Get-MsolUser -UserPrincipalName $Identity).Licenses.AccountSkuId
    if ($skus) {
        $result = Set-MsolUserLicense -UserPrincipalName $Identity -RemoveLicenses $skus 2>&1
        if ($result -is [System.Management.Automation.ErrorRecord]) {
            Write-Error "Licence removal failed: $result"
        }
        else {
            Write-Host "Removed $($skus -join ', ')" -ForegroundColor Green
        }
    }
}
catch [System.Management.Automation.ParameterBindingException], [System.Management.Automation.PSArgumentException] {
    Write-Error "Bad parameter - is the module up to date? $($_.Exception.Message)"
}
catch {
    Write-Error $_.Exception.Message
}
finally {
    $elapsed = (Get-Date) - $started
    Write-Host ("Finished in {0:mm\:ss}" -f $elapsed)
    Disconnect-ExchangeOnline -Confirm:$false -ErrorAction SilentlyContinue
}
