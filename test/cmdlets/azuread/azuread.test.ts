/**
 * The AzureAD cmdlets against an empty-sample tenant: the New-Object AssignedLicenses pattern,
 * terminating framed errors (directory-cmdlets.md 1.2) and the rules they show (by rule id).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testTenant, type TestTenant } from '../msonline/tenantRun.js';

const SETUP = `
Set-TenantClock -Date '2026-01-01T09:00:00Z' -Frozen | Out-Null
New-TenantSubscription -SkuPartNumber ENTERPRISEPACK -Units 2 | Out-Null
New-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com -DisplayName 'Jan de Vries' -UsageLocation NL | Out-Null
New-MsolUser -UserPrincipalName piet@contoso.onmicrosoft.com -DisplayName 'Piet Bakker' | Out-Null
`;

let t: TestTenant;
beforeEach(() => {
  t = testTenant();
  expect(t.run(SETUP).stderr).toBe('');
});
afterEach(() => t.dispose());

const LICENSES = `$License = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicense
$License.SkuId = (Get-AzureADSubscribedSku | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK').SkuId
$Licenses = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicenses
$Licenses.AddLicenses = $License
`;

describe('Set-AzureADUserLicense', () => {
  it('T-ROLE-6: the New-Object AssignedLicenses pattern assigns and removes a license', () => {
    const r = t.run(`${LICENSES}
Set-AzureADUserLicense -ObjectId jan@contoso.onmicrosoft.com -AssignedLicenses $Licenses
$u = Get-AzureADUser -ObjectId jan@contoso.onmicrosoft.com
$u.AssignedLicenses.SkuId
$sku = Get-AzureADSubscribedSku
"$($sku.PrepaidUnits.Enabled) $($sku.ConsumedUnits)"
$Licenses = New-Object Microsoft.Open.AzureAD.Model.AssignedLicenses
$Licenses.RemoveLicenses = $u.AssignedLicenses.SkuId
Set-AzureADUserLicense -ObjectId $u.ObjectId -AssignedLicenses $Licenses
(Get-AzureADSubscribedSku).ConsumedUnits`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('6fd2c87f-b296-42f0-b197-1e91e994b900\n2 1\n0\n');
  });

  it('T-LIC-6: no usage location is E15 inside the AzureAD frame, terminating', () => {
    const r = t.run(`${LICENSES}
try { Set-AzureADUserLicense -ObjectId piet@contoso.onmicrosoft.com -AssignedLicenses $Licenses -ErrorAction SilentlyContinue; 'not reached' } catch { $_.Exception.Message.Split([char]10)[0..2] -join '|' }`);
    expect(r.stdout).toBe(
      'Error occurred while executing SetUserLicenses|Code: Request_BadRequest|Message: License assignment cannot be done for user with invalid usage location.\n',
    );
  });
});

describe('Get-AzureADUser', () => {
  it('E7: a missing user is terminating even with -ErrorAction SilentlyContinue', () => {
    const r = t.run(`try { Get-AzureADUser -ObjectId nobody@contoso.onmicrosoft.com -ErrorAction SilentlyContinue; 'not reached' } catch {
  $lines = $_.Exception.Message -split "\`n"
  $lines[0]; $lines[1]; $lines[2]; $lines[5]; $lines[6]; $lines[7]
}`);
    expect(r.stdout).toBe(
      [
        'Error occurred while executing GetUser',
        'Code: Request_ResourceNotFound',
        "Message: Resource 'nobody@contoso.onmicrosoft.com' does not exist or one of its queried reference-property objects are not present.",
        'HttpStatusCode: NotFound',
        'HttpStatusDescription: Not Found',
        'HttpResponseStatus: Completed',
        '',
      ].join('\n'),
    );
  });

  it('-Filter, -SearchString, -Top and the Boolean -All', () => {
    const r = t.run(`(Get-AzureADUser -Filter "userPrincipalName eq 'jan@contoso.onmicrosoft.com'").DisplayName
(Get-AzureADUser -Filter "startswith(displayName,'p') or accountEnabled eq false").DisplayName
(Get-AzureADUser -SearchString ja).DisplayName
@(Get-AzureADUser -Top 1).Count
@(Get-AzureADUser -All $true).Count`);
    expect(r.stdout).toBe('Jan de Vries\nPiet Bakker\nJan de Vries\n1\n3\n');
  });

  it('shows the real default table: ObjectId DisplayName UserPrincipalName UserType', () => {
    const r = t.run('Get-AzureADUser -SearchString jan | Out-String -Width 200');
    expect(r.stdout).toMatch(/ObjectId +DisplayName +UserPrincipalName +UserType\n/);
    expect(r.stdout).toMatch(/[0-9a-f-]{36} Jan de Vries jan@contoso\.onmicrosoft\.com Member/);
  });
});

describe('users', () => {
  it('T-DEL-6: AzureAD errors are terminating, so a pipeline stops at the first refusal', () => {
    const r = t.run(`try { 'nobody@contoso.onmicrosoft.com', 'jan@contoso.onmicrosoft.com' | Remove-AzureADUser } catch { 'stopped' }
"deleted: $(@(Get-MsolUser -ReturnDeletedUsers).Count)"
Remove-AzureADUser -ObjectId jan@contoso.onmicrosoft.com
$id = (Get-MsolUser -ReturnDeletedUsers).ObjectId
Restore-AzureADMSDeletedDirectoryObject -Id $id | Out-Null
"deleted after restore: $(@(Get-MsolUser -ReturnDeletedUsers).Count)"`);
    expect(r.stdout).toBe('stopped\ndeleted: 0\ndeleted after restore: 0\n');
  });

  it('T-DEL-4: E16 for a synced user; Set-AzureADUser -AccountEnabled $false blocks a cloud user', () => {
    const r = t.run(`New-TenantUser -UserPrincipalName kees@contoso.onmicrosoft.com -DisplayName Kees -Synced | Out-Null
try { Set-AzureADUser -ObjectId kees@contoso.onmicrosoft.com -DisplayName K } catch { ($_.Exception.Message -split "\`n")[2] }
Set-AzureADUser -ObjectId jan@contoso.onmicrosoft.com -AccountEnabled $false
(Get-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com).BlockCredential`);
    expect(r.stdout).toBe(
      'Message: Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration.\nTrue\n',
    );
  });

  it('New-AzureADUser takes a PasswordProfile; directory roles and membership', () => {
    const r = t.run(`$p = New-Object -TypeName Microsoft.Open.AzureAD.Model.PasswordProfile
$p.Password = 'S3cret!x'
(New-AzureADUser -DisplayName 'Nina' -UserPrincipalName nina@contoso.onmicrosoft.com -AccountEnabled $true -MailNickName nina -PasswordProfile $p).UserPrincipalName
$role = Get-AzureADDirectoryRole | Where-Object DisplayName -eq 'Global Administrator'
Add-AzureADDirectoryRoleMember -ObjectId $role.ObjectId -RefObjectId (Get-AzureADUser -ObjectId nina@contoso.onmicrosoft.com).ObjectId
(Get-AzureADDirectoryRoleMember -ObjectId $role.ObjectId).UserPrincipalName -join ','
(Get-AzureADUserMembership -ObjectId nina@contoso.onmicrosoft.com).ObjectType`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('nina@contoso.onmicrosoft.com\nadmin@contoso.onmicrosoft.com,nina@contoso.onmicrosoft.com\nRole\n');
  });

  it('E2 after Disconnect-AzureAD; Connect-AzureAD writes its context', () => {
    const r = t.run(`Disconnect-AzureAD
try { Get-AzureADUser -ErrorAction Stop } catch { $_.Exception.Message }
(Connect-AzureAD).Account`);
    expect(r.stdout).toBe(
      'You must call the Connect-AzureAD cmdlet before calling any other cmdlets.\nadmin@contoso.onmicrosoft.com\n',
    );
  });
});
