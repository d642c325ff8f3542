/**
 * The MSOnline cmdlets against an empty-sample tenant, through the CLI's host: output objects and
 * views, error texts (directory-cmdlets.md section 5) and the tenant rules they show (by rule id).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testTenant, type TestTenant } from './tenantRun.js';

const SETUP = `
Set-TenantClock -Date '2026-01-01T09:00:00Z' -Frozen | Out-Null
New-TenantSubscription -SkuPartNumber ENTERPRISEPACK -Units 2 | Out-Null
New-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com -DisplayName 'Jan de Vries' -UsageLocation NL -LicenseAssignment contoso:ENTERPRISEPACK | Out-Null
New-MsolUser -UserPrincipalName piet@contoso.onmicrosoft.com -DisplayName 'Piet Bakker' -Password 'Passw0rd!' | Out-Null
`;
const CRED = (upn: string, password = 'Passw0rd!'): string =>
  `(New-Object System.Management.Automation.PSCredential ('${upn}', (ConvertTo-SecureString '${password}' -AsPlainText -Force)))`;

let t: TestTenant;
beforeEach(() => {
  t = testTenant();
  const r = t.run(SETUP);
  expect(r.stderr).toBe('');
});
afterEach(() => t.dispose());

describe('Get-MsolUser', () => {
  it('shows the real default table, in listing order', () => {
    expect(t.run('Get-MsolUser').stdout).toBe(
      [
        '',
        'UserPrincipalName             DisplayName       isLicensed',
        '-----------------             -----------       ----------',
        'admin@contoso.onmicrosoft.com MOD Administrator False',
        'jan@contoso.onmicrosoft.com   Jan de Vries      True',
        'piet@contoso.onmicrosoft.com  Piet Bakker       False',
        '',
        '',
      ].join('\n'),
    );
  });

  it('E6: a missing user is a non-terminating error; SilentlyContinue gives $null', () => {
    const r = t.run(`Get-MsolUser -UserPrincipalName nobody@contoso.onmicrosoft.com; 'next'
"null: $($null -eq (Get-MsolUser -UserPrincipalName nobody@contoso.onmicrosoft.com -ErrorAction SilentlyContinue))"
try { Get-MsolUser -UserPrincipalName x@contoso.onmicrosoft.com -ErrorAction Stop } catch { $_.Exception.Message }`);
    expect(r.stdout).toBe('next\nnull: True\nUser Not Found. User: x@contoso.onmicrosoft.com.\n');
    expect(r.stderr).toContain('User Not Found. User: nobody@contoso.onmicrosoft.com.');
  });

  it('-MaxResults stops early with the more-results warning; -All lists everyone', () => {
    const r = t.run('@(Get-MsolUser -MaxResults 2).Count; @(Get-MsolUser -All).Count');
    expect(r.stdout).toBe('2\n3\n');
    expect(r.stderr).toContain('WARNING: More results are available. Please specify one of the All or MaxResults parameters.');
  });

  it('filters: -UnlicensedUsersOnly, -SearchString, -UsageLocation, -EnabledFilter', () => {
    const r = t.run(`(Get-MsolUser -All -UnlicensedUsersOnly).UserPrincipalName -join ','
(Get-MsolUser -SearchString pi).DisplayName
(Get-MsolUser -UsageLocation NL).DisplayName
Set-MsolUser -UserPrincipalName piet@contoso.onmicrosoft.com -BlockCredential $true
(Get-MsolUser -EnabledFilter DisabledOnly).DisplayName`);
    expect(r.stdout).toBe(
      'admin@contoso.onmicrosoft.com,piet@contoso.onmicrosoft.com\nPiet Bakker\nJan de Vries\nPiet Bakker\n',
    );
  });

  it('Licenses hold AccountSkuIds, as scripts read them', () => {
    const r = t.run(`$u = Get-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com
$u.Licenses.AccountSkuId
$u.isLicensed
$u.Licenses[0].AccountSku.SkuPartNumber`);
    expect(r.stdout).toBe('contoso:ENTERPRISEPACK\nTrue\nENTERPRISEPACK\n');
  });
});

describe('Connect-MsolService', () => {
  it('T-ROLE-5: a user without an admin role is refused at connect with E4', () => {
    const r = t.run(`try { Connect-MsolService -Credential ${CRED('piet@contoso.onmicrosoft.com')} -ErrorAction Stop } catch { $_.Exception.Message }
try { Get-MsolUser -ErrorAction Stop } catch { $_.Exception.Message }`);
    expect(r.stdout).toBe(
      'Access Denied. You do not have permissions to call this cmdlet.\nYou must call the Connect-MsolService cmdlet before calling any other cmdlets.\n',
    );
  });

  it('E19: a wrong password fails and leaves MSOnline disconnected', () => {
    const r = t.run(`try { Connect-MsolService -Credential ${CRED('admin@contoso.onmicrosoft.com', 'nope')} -ErrorAction Stop } catch { $_.Exception.Message }`);
    expect(r.stdout).toBe('Authentication Error: Bad username or password.\n');
  });

  it('T-CLOUD-1: another Azure environment fails; AzureCloud connects', () => {
    const r = t.run(`foreach ($e in 'AzureChinaCloud', 'AzureGermanyCloud', 'USGovernment', 'AzureCloud') {
  try { Connect-MsolService -Credential ${CRED('admin@contoso.onmicrosoft.com')} -AzureEnvironment $e -ErrorAction Stop; "$e ok" } catch { "$e failed" }
}`);
    expect(r.stdout).toBe('AzureChinaCloud failed\nAzureGermanyCloud failed\nUSGovernment failed\nAzureCloud ok\n');
  });

  it('without a credential signs in as --as, and refuses a non-admin --as with E4', () => {
    expect(t.run('Connect-MsolService; (Get-MsolUser -MaxResults 1).DisplayName').stdout).toBe('MOD Administrator\n');
    const r = t.run('try { Get-MsolUser -ErrorAction Stop } catch { $_.Exception.Message }', {
      as: 'piet@contoso.onmicrosoft.com',
    });
    expect(r.stdout).toBe('Access Denied. You do not have permissions to call this cmdlet.\n');
  });
});

describe('Remove-MsolUser and Restore-MsolUser', () => {
  it('T-DEL-1: without -Force it asks; an answer on stdin deletes, no input left fails and changes nothing', () => {
    const none = t.run(`Remove-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com
"deleted: $(@(Get-MsolUser -ReturnDeletedUsers).Count)"`);
    expect(none.stdout).toContain('deleted: 0');
    expect(none.stderr).toContain('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
    const yes = t.run(
      `Remove-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com
"deleted: $(@(Get-MsolUser -ReturnDeletedUsers).Count)"`,
      { stdin: ['y'] },
    );
    expect(yes.stdout).toContain('Continue with this operation?');
    expect(yes.stdout).toContain('deleted: 1');
  });

  it('T-LIC-1: deleting frees the unit (ConsumedUnits) but ActiveUnits stay', () => {
    const r = t.run(`Remove-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com -Force
$s = Get-MsolAccountSku; "$($s.ActiveUnits) $($s.ConsumedUnits)"
$d = Get-MsolUser -ReturnDeletedUsers; "$($d.UserPrincipalName) $($d.SoftDeletionTimestamp.ToString('yyyy-MM-dd HH:mm'))"`);
    expect(r.stdout).toBe('2 0\njan@contoso.onmicrosoft.com 2026-01-01 09:00\n');
  });

  it('T-DEL-3: E8 while the UPN is taken; -NewUserPrincipalName resolves it', () => {
    const r = t.run(`Remove-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com -Force
New-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com -DisplayName 'Jan Smit' | Out-Null
try { Restore-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com -ErrorAction Stop } catch { $_.Exception.Message }
Restore-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com -NewUserPrincipalName jan2@contoso.onmicrosoft.com
(Get-MsolUser -UserPrincipalName jan2@contoso.onmicrosoft.com).DisplayName`);
    expect(r.stdout).toBe(
      'The specified user account cannot be restored because of the following error: Error Type UserPrincipalName\nJan de Vries\n',
    );
  });

  it('T-DEL-6: objects bind by property name and each fails on its own (non-terminating)', () => {
    const r = t.run(`[pscustomobject]@{ UserPrincipalName = 'nobody@contoso.onmicrosoft.com' }, [pscustomobject]@{ UserPrincipalName = 'jan@contoso.onmicrosoft.com' } | Remove-MsolUser -Force
"deleted: $(@(Get-MsolUser -ReturnDeletedUsers).Count)"
Get-MsolUser -ReturnDeletedUsers | Restore-MsolUser
"after restore: $(@(Get-MsolUser -ReturnDeletedUsers).Count)"`);
    expect(r.stdout).toBe('deleted: 1\nafter restore: 0\n');
    expect(r.stderr).toContain('User Not Found. User: nobody@contoso.onmicrosoft.com.');
  });

  it('T-DEL-2: -RemoveFromRecycleBin purges at once', () => {
    const r = t.run(`Remove-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com -Force
Remove-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com -RemoveFromRecycleBin -Force
try { Restore-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com -ErrorAction Stop } catch { $_.Exception.Message }`);
    expect(r.stdout).toBe('User Not Found. User: jan@contoso.onmicrosoft.com.\n');
  });
});

describe('licenses', () => {
  it('T-LIC-6: E12 without a usage location; assigned once it is set', () => {
    const r = t.run(`try { Set-MsolUserLicense -UserPrincipalName piet@contoso.onmicrosoft.com -AddLicenses contoso:ENTERPRISEPACK -ErrorAction Stop } catch { $_.Exception.Message }
Set-MsolUser -UserPrincipalName piet@contoso.onmicrosoft.com -UsageLocation NL
Set-MsolUserLicense -UserPrincipalName piet@contoso.onmicrosoft.com -AddLicenses Contoso:ENTERPRISEPACK
(Get-MsolAccountSku).ConsumedUnits`);
    expect(r.stdout).toBe('You must provide a required property: Parameter name: UsageLocation\n2\n');
  });

  it('T-LIC-7: New-MsolUser -LicenseAssignment with no free unit fails with E11 and creates nobody', () => {
    const r = t.run(`New-MsolUser -UserPrincipalName a@contoso.onmicrosoft.com -DisplayName A -UsageLocation NL -LicenseAssignment contoso:ENTERPRISEPACK | Out-Null
try { New-MsolUser -UserPrincipalName b@contoso.onmicrosoft.com -DisplayName B -UsageLocation NL -LicenseAssignment contoso:ENTERPRISEPACK -ErrorAction Stop } catch { $_.Exception.Message }
"b exists: $($null -ne (Get-MsolUser -UserPrincipalName b@contoso.onmicrosoft.com -ErrorAction SilentlyContinue))"`);
    expect(r.stdout).toBe(
      'Unable to assign this license because the number of allowed licenses have been assigned.\nb exists: False\n',
    );
  });

  it('E13: an unknown SKU; Get-MsolAccountSku shows the real default table', () => {
    const r = t.run(`try { Set-MsolUserLicense -UserPrincipalName jan@contoso.onmicrosoft.com -AddLicenses contoso:NOPE -ErrorAction Stop } catch { $_.Exception.Message }
Get-MsolAccountSku`);
    expect(r.stdout).toBe(
      [
        'Unable to assign this license because it is invalid. Use the Get-MsolAccountSku cmdlet to retrieve a list of valid licenses.',
        '',
        'AccountSkuId           ActiveUnits WarningUnits ConsumedUnits',
        '------------           ----------- ------------ -------------',
        'contoso:ENTERPRISEPACK 2           0            1',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe('roles and synced users', () => {
  it('T-ROLE-1: a Helpdesk Administrator gets E4 when deleting; a User Administrator may', () => {
    const r = t.run(`Add-MsolRoleMember -RoleName 'Helpdesk Administrator' -RoleMemberEmailAddress piet@contoso.onmicrosoft.com
(Get-MsolRoleMember -RoleObjectId (Get-MsolRole -RoleName 'Helpdesk Administrator').ObjectId).EmailAddress
(Get-MsolUserRole -UserPrincipalName piet@contoso.onmicrosoft.com).Name
Connect-MsolService -Credential ${CRED('piet@contoso.onmicrosoft.com')}
try { Remove-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com -Force -ErrorAction Stop } catch { $_.Exception.Message }`);
    expect(r.stdout).toBe(
      'piet@contoso.onmicrosoft.com\nHelpdesk Administrator\nAccess Denied. You do not have permissions to call this cmdlet.\n',
    );
  });

  it('T-DEL-4: a synced user cannot be deleted or renamed (E18, E17); its usage location can change', () => {
    const r = t.run(`New-TenantUser -UserPrincipalName kees@contoso.onmicrosoft.com -DisplayName Kees -Synced | Out-Null
try { Remove-MsolUser -UserPrincipalName kees@contoso.onmicrosoft.com -Force -ErrorAction Stop } catch { $_.Exception.Message }
try { Set-MsolUser -UserPrincipalName kees@contoso.onmicrosoft.com -DisplayName K -ErrorAction Stop } catch { $_.Exception.Message }
Set-MsolUser -UserPrincipalName kees@contoso.onmicrosoft.com -UsageLocation de
(Get-MsolUser -UserPrincipalName kees@contoso.onmicrosoft.com).UsageLocation
@(Get-MsolUser -Synchronized).Count`);
    expect(r.stdout).toBe(
      [
        'Unable to delete this user because it is synchronized with your on-premises directory. Delete it in Active Directory.',
        'Unable to update parameter. Parameter name: DISPLAYNAME.',
        'DE',
        '1',
        '',
      ].join('\n'),
    );
  });
});
