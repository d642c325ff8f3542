# =============================================================================
#  Get-MailboxPermissionAudit.ps1
#  Audit trail of mailbox hand-overs: who converted mailboxes to shared and who
#  was given FullAccess / SendAs, over the last N days. Unpacks the Parameters
#  array of each ExchangeAdmin record into columns.
# =============================================================================
[CmdletBinding()]
param(
    [int]$DaysBack = 30,
    [string[]]$Operations = @('Set-Mailbox', 'Add-MailboxPermission', 'Add-RecipientPermission', 'Set-MailboxAutoReplyConfiguration'),
    [string]$Output = (Join-Path $PSScriptRoot 'mailbox-handover-audit.csv')
)

# Columns we want from the Parameters array, in this order
$wanted = 'Identity', 'Type', 'User', 'Trustee', 'AccessRights', 'AutoReplyState'

Connect-ExchangeOnline -ShowBanner:$false

$raw = Search-UnifiedAuditLog -StartDate (Get-Date).AddDays(-$DaysBack) -EndDate (Get-Date) `
    -RecordType ExchangeAdmin -Operations $Operations -ResultSize 5000

Write-Verbose "Got $(@($raw).Count) raw records"

$rows = [System.Collections.Generic.List[pscustomobject]]::new()
foreach ($rec in $raw) {
    $audit = $rec.AuditData | ConvertFrom-Json

    # Parameters is an array of {Name, Value}; turn it into a hashtable
    $p = @{}
    foreach ($pair in $audit.Parameters) { $p[$pair.Name] = $pair.Value }

    $row = [ordered]@{
        Time      = $rec.CreationDate
        Admin     = $rec.UserIds
        Operation = $rec.Operations
    }
    foreach ($name in $wanted) {
        $row[$name] = $p.$name          # dynamic member name
    }
    $rows.Add([pscustomobject]$row)
}

if ($rows.Count -eq 0) {
    Write-Host "Nothing found for the last $DaysBack days."
    exit 0
}

# Conversions to shared mailbox
$rows.Where({ $_.Operation -eq 'Set-Mailbox' -and $_.Type -eq 'Shared' }) |
    Format-Table Time, Admin, Identity -AutoSize

# FullAccess grants, most recent first
$rows | Where-Object { $_.Operation -eq 'Add-MailboxPermission' -and $_.AccessRights -match 'FullAccess' } |
    Sort-Object Time -Descending |
    Select-Object Time, Admin, Identity, User |
    Format-Table -AutoSize

$rows | Export-Csv -Path $Output -NoTypeInformation
"{0} record(s) written to {1}" -f $rows.Count, $Output
