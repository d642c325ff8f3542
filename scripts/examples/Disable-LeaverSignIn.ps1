# -----------------------------------------------------------------------------
# Disable-LeaverSignIn.ps1
#
# Day-one lockout for a leaver (run the moment HR calls):
#   - block sign-in
#   - revoke refresh tokens / sessions so Outlook, Teams and phones drop off
#   - reset the password to something random
#
# Pick the module with -Using. Graph is the future; MSOnline and AzureAD still
# work on our tenant and some of the team prefer them.
#
#   .\Disable-LeaverSignIn.ps1 -UserPrincipalName AlexW@contoso.onmicrosoft.com
#   .\Disable-LeaverSignIn.ps1 AlexW@contoso.onmicrosoft.com -Using MSOnline
# -----------------------------------------------------------------------------
param(
    [Parameter(Mandatory, Position = 0)]
    [string]$UserPrincipalName,

    [ValidateSet('Graph', 'MSOnline', 'AzureAD')]
    [string]$Using = 'Graph'
)

function New-RandomPassword {
    param([int]$Length = 20)
    # letters, digits and a few symbols; avoids look-alikes like O/0 and l/1
    $chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!#%+=?'.ToCharArray()
    $pw = -join (1..$Length | ForEach-Object { $chars | Get-Random })
    return $pw
}

$started = [datetime]::Now

switch ($Using) {
    'Graph' {
        Connect-MgGraph -Scopes 'User.ReadWrite.All', 'User.RevokeSessions.All' -NoWelcome

        $u = Get-MgUser -UserId $UserPrincipalName -Property Id, DisplayName, AccountEnabled, OnPremisesSyncEnabled
        if ($u.OnPremisesSyncEnabled) {
            Write-Warning "$($u.DisplayName) is synced from AD: disable the AD account, then run a delta sync."
            exit 1
        }

        # AccountEnabled is a switch, so it needs the colon form
        Update-MgUser -UserId $u.Id -AccountEnabled:$false
        Update-MgUser -UserId $u.Id -PasswordProfile @{
            Password                      = New-RandomPassword
            ForceChangePasswordNextSignIn = $true
        }
        $revoked = Revoke-MgUserSignInSession -UserId $u.Id 2>&1
        if ($revoked -is [System.Management.Automation.ErrorRecord]) {
            Write-Warning "Could not revoke sessions: $revoked"
        }
        else {
            Write-Host "Sessions revoked: $revoked"
        }
    }

    'MSOnline' {
        Connect-MsolService
        Set-MsolUser -UserPrincipalName $UserPrincipalName -BlockCredential $true
        Set-MsolUserPassword -UserPrincipalName $UserPrincipalName -NewPassword (New-RandomPassword) -ForceChangePassword $true | Out-Null
        # MSOnline has no token revocation; borrow AzureAD for that bit
        Connect-AzureAD | Out-Null
        Revoke-AzureADUserAllRefreshToken -ObjectId $UserPrincipalName ||
            Write-Warning 'Token revocation failed - the user stays signed in until tokens expire.'
    }

    'AzureAD' {
        Connect-AzureAD | Out-Null
        try {
            Set-AzureADUser -ObjectId $UserPrincipalName -AccountEnabled $false
            Revoke-AzureADUserAllRefreshToken -ObjectId $UserPrincipalName
        }
        catch {
            # AzureAD errors are terminating and multi-line; the first line is enough
            Write-Error (($_.Exception.Message -split "`n")[0])
            exit 1
        }
    }
}

$elapsed = New-TimeSpan -Start $started -End ([datetime]::Now)
Write-Host ("{0} locked out via {1} in {2:N1}s" -f $UserPrincipalName, $Using, $elapsed.TotalSeconds) -ForegroundColor Green
