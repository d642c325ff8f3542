<#
.SYNOPSIS
    Pre-flight check for leavers: can each account be deleted right now, and if not,
    what is in the way?

.DESCRIPTION
    Checks, for every UPN in the CSV:
      * the account exists and is cloud-only (synced accounts must go in AD)
      * no admin role a User Administrator cannot touch
      * mailbox not shared and not forwarding (both block the delete)
      * litigation hold (delete works, but leaves an inactive mailbox)
    Prints a table and exits 0 when everybody is clear, 1 otherwise.
#>
param(
    [string]$CsvPath = "$PSScriptRoot\leavers-q3.csv"
)

[Flags()]
enum Blocker {
    None        = 0x00
    NotFound    = 0x01
    Synced      = 0x02
    SharedMbx   = 0x04
    Forwarding  = 0x08
    AdminRole   = 0x10
    OnHold      = 0x20
}

class LeaverCheck {
    [string]  $UserPrincipalName
    [Blocker] $Blockers = [Blocker]::None
    [System.Collections.Generic.List[string]] $Notes = [System.Collections.Generic.List[string]]::new()

    LeaverCheck([string]$upn) {
        $this.UserPrincipalName = $upn
    }

    [void] Add([Blocker]$b, [string]$note) {
        $this.Blockers = $this.Blockers -bor $b
        $this.Notes.Add($note)
    }

    [bool] CanDelete() {
        # OnHold alone is a warning, not a blocker
        $hard = [int]$this.Blockers -band (-bnot [int][Blocker]::OnHold)
        return $hard -eq 0
    }

    [string] ToString() {
        return '{0}: {1}' -f $this.UserPrincipalName, $this.Blockers
    }
}

$protectedRoles = 'Company Administrator', 'Billing Administrator', 'Exchange Service Administrator',
                  'SharePoint Service Administrator', 'License Administrator', 'Privileged Role Administrator'

Connect-MsolService
Connect-ExchangeOnline -ShowBanner:$false

$checks = foreach ($row in Import-Csv $CsvPath) {
    if ([string]::IsNullOrWhiteSpace($row.UserPrincipalName)) { continue }
    $c = [LeaverCheck]::new($row.UserPrincipalName.Trim())

    $u = Get-MsolUser -UserPrincipalName $c.UserPrincipalName -ErrorAction SilentlyContinue
    if (-not $u) {
        $c.Add([Blocker]::NotFound, 'no such user')
        $c
        continue
    }
    if ($u.LastDirSyncTime) { $c.Add([Blocker]::Synced, "synced, last sync $($u.LastDirSyncTime)") }

    $roles = (Get-MsolUserRole -UserPrincipalName $c.UserPrincipalName).Name
    $bad = $roles | Where-Object { $_ -in $protectedRoles }
    if ($bad) { $c.Add([Blocker]::AdminRole, "holds $($bad -join ', ')") }

    $m = Get-Mailbox -Identity $c.UserPrincipalName -ErrorAction SilentlyContinue
    if ($m) {
        if ($m.RecipientTypeDetails -eq 'SharedMailbox') { $c.Add([Blocker]::SharedMbx, 'mailbox is shared') }
        if ($m.ForwardingSmtpAddress -or $m.ForwardingAddress) {
            $c.Add([Blocker]::Forwarding, "forwards to $($m.ForwardingSmtpAddress ?? $m.ForwardingAddress)")
        }
        if ($m.LitigationHoldEnabled) { $c.Add([Blocker]::OnHold, 'litigation hold: mailbox will become inactive') }
    }
    $c
}

$checks | Select-Object UserPrincipalName,
    @{ Name = 'CanDelete'; Expression = { $_.CanDelete() } },
    @{ Name = 'Blockers'; Expression = { $_.Blockers } },
    @{ Name = 'Notes'; Expression = { $_.Notes -join '; ' } } |
    Format-Table -AutoSize -Wrap

$blocked = @($checks | Where-Object { -not $_.CanDelete() })
if ($blocked.Count) {
    Write-Host "$($blocked.Count) of $(@($checks).Count) leaver(s) cannot be deleted yet." -ForegroundColor Yellow
    exit 1
}
Write-Host 'All leavers can be deleted.' -ForegroundColor Green
exit 0
