import { afterEach, describe, expect, it } from 'vitest';
import { BASE_SETUP, TenantHost } from '../tenant/tenantHost.js';

let host: TenantHost;
afterEach(() => host.dispose());

const JAN = 'jan@contoso.onmicrosoft.com';
const SETUP = [
  BASE_SETUP,
  `New-TenantUser -UserPrincipalName ${JAN} -DisplayName 'Jan de Vries' -License ENTERPRISEPACK | Out-Null`,
  "New-TenantUser -UserPrincipalName piet@contoso.onmicrosoft.com -DisplayName 'Piet Bakker' | Out-Null",
  "New-MsolUser -UserPrincipalName plain@contoso.onmicrosoft.com -DisplayName 'Plain User' -Password 'Passw0rd!' -ForceChangePassword $false | Out-Null",
].join('\n');
const CRED = (upn: string): string =>
  `$cred = New-Object System.Management.Automation.PSCredential ('${upn}', (ConvertTo-SecureString 'Passw0rd!' -AsPlainText -Force))`;

const run = (script: string, setup = SETUP): { stdout: string; stderr: string } => {
  host = new TenantHost();
  host.run(setup);
  return host.run(script);
};

describe('Microsoft Graph cmdlets', () => {
  it('Get-MgUser returns only the default properties unless -Property names others', () => {
    const { stdout } = run(
      [
        `$u = Get-MgUser -UserId ${JAN}`,
        '"[$($u.DisplayName)] [$($u.Mail)] [$($u.AccountEnabled)] [$($u.AssignedLicenses.Count)] [$($u.UsageLocation)]"',
        `$u = Get-MgUser -UserId ${JAN} -Property Id,DisplayName,AccountEnabled,AssignedLicenses,UsageLocation`,
        '"[$($u.DisplayName)] [$($u.Mail)] [$($u.AccountEnabled)] [$($u.AssignedLicenses.SkuId)] [$($u.UsageLocation)]"',
      ].join('\n'),
    );
    expect(stdout).toBe(
      '[Jan de Vries] [jan@contoso.onmicrosoft.com] [] [0] []\n[Jan de Vries] [] [True] [6fd2c87f-b296-42f0-b197-1e91e994b900] [US]\n',
    );
  });

  it('Get-MgUser prints the SDK 2.x table: DisplayName Id Mail UserPrincipalName', () => {
    const { stdout } = run(`Get-MgUser -UserId ${JAN} | Format-Table -AutoSize DisplayName, Mail`);
    expect(stdout).toContain('DisplayName  Mail');
    const { stdout: table } = run('Get-MgUser -Top 1');
    expect(table.split('\n')[1]).toMatch(/^DisplayName\s+Id\s+Mail/);
  });

  it('E5: an unknown user is Get-MgUser_Get with the service text and status block, non-terminating', () => {
    const { stdout, stderr } = run(
      [
        'Get-MgUser -UserId nobody@contoso.onmicrosoft.com -ErrorAction SilentlyContinue',
        '$Error[0].Exception.Message',
        '$Error[0].FullyQualifiedErrorId',
        "'continued'",
        'Get-MgUser -UserId nobody@contoso.onmicrosoft.com',
      ].join('\n'),
    );
    expect(stdout).toBe(
      "Resource 'nobody@contoso.onmicrosoft.com' does not exist or one of its queried reference-property objects are not present.\n" +
        'Request_ResourceNotFound,Microsoft.Graph.PowerShell.Cmdlets.GetMgUser_Get\ncontinued\n',
    );
    expect(stderr).toContain('Get-MgUser_Get: ');
    expect(stderr).toContain('Status: 404 (NotFound)\n     | ErrorCode: Request_ResourceNotFound\n     | Date: 2026-01-01T09:00:00');
  });

  it('-Filter: eq, startswith, and/or, accountEnabled, assignedLicenses/any', () => {
    const { stdout } = run(
      [
        `(Get-MgUser -Filter "userPrincipalName eq '${JAN.toUpperCase()}'").DisplayName`,
        "(Get-MgUser -Filter \"startsWith(DisplayName, 'p')\" | Sort-Object DisplayName).DisplayName -join ','",
        "(Get-MgUser -Filter \"accountEnabled eq true and (displayName eq 'Piet Bakker' or displayName eq 'Plain User')\").Count",
        '(Get-MgUser -Filter "assignedLicenses/any(x:x/skuId eq 6fd2c87f-b296-42f0-b197-1e91e994b900)").DisplayName',
      ].join('\n'),
    );
    expect(stdout).toBe('Jan de Vries\nPiet Bakker,Plain User\n2\nJan de Vries\n');
  });

  it('E25/E26: advanced queries need -ConsistencyLevel eventual and -CountVariable, which is set globally', () => {
    const { stdout } = run(
      [
        "try { Get-MgUser -Filter 'assignedLicenses/$count eq 0' -ErrorAction Stop } catch { $_.Exception.Message }",
        "try { Get-MgUser -Filter \"displayName ne 'x'\" -ErrorAction Stop } catch { $_.Exception.Message }",
        "try { Get-MgUser -CountVariable n -ErrorAction Stop } catch { $_.Exception.Message }",
        "function f { Get-MgUser -Filter 'assignedLicenses/$count eq 0' -ConsistencyLevel eventual -CountVariable unlicensed -All | Out-Null }",
        'f',
        '"unlicensed: $unlicensed"',
      ].join('\n'),
    );
    expect(stdout).toBe(
      "Unsupported or invalid query filter clause specified for property 'assignedLicenses' of resource 'User'.\n" +
        "Unsupported or invalid query filter clause specified for property 'displayName' of resource 'User'.\n" +
        '$count is not currently supported.\nunlicensed: 3\n',
    );
  });

  it('E23/E24 and an unknown property', () => {
    const { stdout } = run(
      [
        "try { Get-MgUser -Filter \"displayName eq\" -ErrorAction Stop } catch { $_.Exception.Message }",
        "try { Get-MgUser -Filter \"assignedLicenses/any(x:x/skuId eq 6fd2c87f-b296-42f0-b197-1e91e994b900) or displayName eq 'a'\" -ErrorAction Stop } catch { $_.Exception.Message }",
        "try { Get-MgUser -Filter \"shoeSize eq 'a'\" -ErrorAction Stop } catch { $_.Exception.Message }",
        'try { Get-MgUser -Property ShoeSize -ErrorAction Stop } catch { $_.Exception.Message }',
      ].join('\n'),
    );
    expect(stdout).toBe(
      'Invalid filter clause\nComplex query on property assignedLicenses is not supported.\n' +
        "Could not find a property named 'shoeSize' on type 'microsoft.graph.user'.\n" +
        "Parsing OData Select and Expand failed: Could not find a property named 'ShoeSize' on type 'microsoft.graph.user'.\n",
    );
  });

  it('T-DEL-1: Remove-MgUser -WhatIf prints the SDK line and changes nothing; Remove-MgUser soft-deletes', () => {
    const { stdout } = run(
      [
        `Remove-MgUser -UserId ${JAN} -WhatIf`,
        `"deleted: $(@(Get-MgDirectoryDeletedItemAsUser).Count)"`,
        `Remove-MgUser -UserId ${JAN} -PassThru`,
        `$d = Get-MgDirectoryDeletedItemAsUser -All | Where-Object UserPrincipalName -like "*${JAN}"`,
        '"$($d.UserPrincipalName -eq ($d.Id -replace \'-\') + \'' + JAN + '\') $($d.DeletedDateTime.ToString(\'yyyy-MM-dd HH:mm\'))"',
        '"active: $(@(Get-MgUser -Filter "displayName eq \'Jan de Vries\'").Count)"',
        'Restore-MgDirectoryDeletedItem -DirectoryObjectId $d.Id | Out-Null',
        `"restored: $((Get-MgUser -UserId ${JAN}).DisplayName) $((Get-MgUserLicenseDetail -UserId ${JAN}).SkuPartNumber)"`,
      ].join('\n'),
    );
    expect(stdout).toBe(
      'What if: Performing the operation "Remove-MgUser_Delete" on target "Call remote \'DELETE /users/{user-id}\' operation".\n' +
        'deleted: 0\nTrue\nTrue 2026-01-01 09:00\nactive: 0\nrestored: Jan de Vries ENTERPRISEPACK\n',
    );
  });

  it('T-DEL-2: Remove-MgDirectoryDeletedItem purges at once; a restore then fails with E5', () => {
    const { stdout } = run(
      [
        `$id = (Get-MgUser -UserId ${JAN}).Id`,
        `Remove-MgUser -UserId ${JAN}`,
        'Remove-MgDirectoryDeletedItem -DirectoryObjectId $id',
        'try { Restore-MgDirectoryDeletedItem -DirectoryObjectId $id -ErrorAction Stop } catch { $_.Exception.Message -eq "Resource \'$id\' does not exist or one of its queried reference-property objects are not present." }',
      ].join('\n'),
    );
    expect(stdout).toBe('True\n');
  });

  it('T-DEL-4: a synced user cannot be deleted or renamed in the cloud (E16)', () => {
    const { stdout } = run(
      [
        'New-TenantUser kees@contoso.onmicrosoft.com Kees -Synced | Out-Null',
        'try { Remove-MgUser -UserId kees@contoso.onmicrosoft.com -ErrorAction Stop } catch { $_.Exception.Message }',
        'try { Update-MgUser -UserId kees@contoso.onmicrosoft.com -DisplayName K -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }',
        'Update-MgUser -UserId kees@contoso.onmicrosoft.com -UsageLocation NL',
        '(Get-MgUser -UserId kees@contoso.onmicrosoft.com -Property UsageLocation,OnPremisesSyncEnabled) | ForEach-Object { "$($_.UsageLocation) $($_.OnPremisesSyncEnabled)" }',
      ].join('\n'),
    );
    expect(stdout).toBe(
      'Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration.\n' +
        'Request_BadRequest,Microsoft.Graph.PowerShell.Cmdlets.UpdateMgUser_UpdateExpanded\nNL True\n',
    );
  });

  it('T-ROLE-5: a user signed in with Connect-MgGraph -Credential (emulator extension) gets E10', () => {
    const { stdout } = run(
      [
        CRED('plain@contoso.onmicrosoft.com'),
        'Connect-MgGraph -Credential $cred -NoWelcome',
        '(Get-MgContext).Account',
        `try { Remove-MgUser -UserId ${JAN} -ErrorAction Stop } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }`,
      ].join('\n'),
    );
    expect(stdout).toBe(
      'plain@contoso.onmicrosoft.com\nInsufficient privileges to complete the operation.\n' +
        'Authorization_RequestDenied,Microsoft.Graph.PowerShell.Cmdlets.RemoveMgUser_Delete\n',
    );
  });

  it('Connect-MgGraph: welcome text, app-only with an app id, a wrong password leaves Graph disconnected (E3)', () => {
    const { stdout, stderr } = run(
      [
        'Connect-MgGraph -Scopes User.ReadWrite.All',
        '$app = New-Object System.Management.Automation.PSCredential (\'11111111-2222-3333-4444-555555555555\', (ConvertTo-SecureString \'s3cret\' -AsPlainText -Force))',
        'Connect-MgGraph -Credential $app -NoWelcome',
        '$c = Get-MgContext; "$($c.AuthType) $($c.ClientId) [$($c.Account)]"',
        "$bad = New-Object System.Management.Automation.PSCredential ('admin@contoso.onmicrosoft.com', (ConvertTo-SecureString 'nope' -AsPlainText -Force))",
        'try { Connect-MgGraph -Credential $bad -ErrorAction Stop } catch { "connect failed" }',
        '"context: $($null -eq (Get-MgContext))"',
        'try { Get-MgUser -ErrorAction Stop } catch { $_.Exception.Message }',
      ].join('\n'),
    );
    expect(stdout).toBe(
      [
        'Welcome to Microsoft Graph!',
        '',
        'Connected via delegated access using 14d82eec-204b-4c2f-b7e8-296a70dab67e',
        'Readme: https://aka.ms/graph/sdk/powershell',
        'SDK Docs: https://aka.ms/graph/sdk/powershell/docs',
        'API Docs: https://aka.ms/graph/docs',
        '',
        'NOTE: You can use the -NoWelcome parameter to suppress this message.',
        'AppOnly 11111111-2222-3333-4444-555555555555 []',
        'connect failed',
        'context: True',
        'Authentication needed. Please call Connect-MgGraph.',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('');
  });

  it('Disconnect-MgGraph: the next Graph cmdlet needs Connect-MgGraph', () => {
    const { stderr } = run('Disconnect-MgGraph | Out-Null\nGet-MgUser -Top 1');
    expect(stderr).toContain('Get-MgUser_List: ');
    expect(stderr).toContain('Authentication needed. Please call Connect-MgGraph.');
  });

  it('T-LIC-6 and E14/E15/E20: Set-MgUserLicense with both lists; errors in Graph words', () => {
    const { stdout } = run(
      [
        "$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK'",
        '"free: $($sku.PrepaidUnits.Enabled - $sku.ConsumedUnits)"',
        'try { Set-MgUserLicense -UserId piet@contoso.onmicrosoft.com -AddLicenses @() -RemoveLicenses @() -ErrorAction Stop } catch { $_.Exception.Message }',
        'try { Set-MgUserLicense -UserId piet@contoso.onmicrosoft.com -AddLicenses @{SkuId = $sku.SkuId} -ErrorAction Stop } catch { $_.Exception.Message }',
        'try { Set-MgUserLicense -UserId plain@contoso.onmicrosoft.com -AddLicenses @{SkuId = $sku.SkuId} -RemoveLicenses @() -ErrorAction Stop } catch { $_.Exception.Message }',
        '$u = Set-MgUserLicense -UserId piet@contoso.onmicrosoft.com -AddLicenses @{SkuId = $sku.SkuId} -RemoveLicenses @()',
        '$u.DisplayName',
        '(Get-MgUserLicenseDetail -UserId piet@contoso.onmicrosoft.com | Select-Object SkuPartNumber).SkuPartNumber',
        `Set-MgUserLicense -UserId ${JAN} -AddLicenses @() -RemoveLicenses @($sku.SkuId) | Out-Null`,
        "(Get-MgSubscribedSku | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK').ConsumedUnits",
      ].join('\n'),
    );
    expect(stdout).toBe(
      'free: 4\nNo license changes provided. At least one license to add or remove must be specified.\n' +
        "One or more parameters of the operation 'assignLicense' are missing from the request payload. The missing parameters are: removeLicenses.\n" +
        'License assignment cannot be done for user with invalid usage location.\nPiet Bakker\nENTERPRISEPACK\n1\n',
    );
  });

  it('Get-MgOrganization, Get-MgDomain, Get-MgDirectoryRole(Member), Get-MgUserMemberOf', () => {
    const { stdout } = run(
      [
        '((Get-MgOrganization).VerifiedDomains | Where-Object IsInitial).Name',
        '(Get-MgDomain | Where-Object IsDefault).Id',
        "$r = Get-MgDirectoryRole -Filter \"displayName eq 'Global Administrator'\"",
        '$r.RoleTemplateId',
        '(Get-MgDirectoryRoleMember -DirectoryRoleId $r.Id).AdditionalProperties.userPrincipalName',
        `New-MgDirectoryRoleMemberByRef -DirectoryRoleId $r.Id -OdataId "https://graph.microsoft.com/v1.0/directoryObjects/$((Get-MgUser -UserId ${JAN}).Id)"`,
        `(Get-MgUserMemberOf -UserId ${JAN}).AdditionalProperties.'@odata.type'`,
        `(Get-MgUserManager -UserId ${JAN} -ErrorAction SilentlyContinue).AdditionalProperties.userPrincipalName`,
        '$Error[0].Exception.Message',
      ].join('\n'),
    );
    expect(stdout).toBe(
      'contoso.onmicrosoft.com\ncontoso.onmicrosoft.com\n62e90394-69f5-4237-9190-012177145e10\nadmin@contoso.onmicrosoft.com\n' +
        "#microsoft.graph.directoryRole\nResource 'manager' does not exist or one of its queried reference-property objects are not present.\n",
    );
  });

  it('New-MgUser requires the service\'s properties and writes the new user', () => {
    const { stdout } = run(
      [
        "try { New-MgUser -DisplayName Nina -UserPrincipalName nina@contoso.onmicrosoft.com -ErrorAction Stop } catch { $_.Exception.Message }",
        "$n = New-MgUser -DisplayName Nina -UserPrincipalName nina@contoso.onmicrosoft.com -MailNickname nina -AccountEnabled -PasswordProfile @{Password='Xy12345!'; ForceChangePasswordNextSignIn=$true} -UsageLocation NL",
        '"$($n.DisplayName) $($n.UserPrincipalName)"',
        "try { New-MgUser -DisplayName Nina -UserPrincipalName nina@contoso.onmicrosoft.com -MailNickname nina -AccountEnabled -PasswordProfile @{Password='x'} -ErrorAction Stop } catch { $_.Exception.Message }",
      ].join('\n'),
    );
    expect(stdout).toBe(
      "Invalid value specified for property 'accountEnabled' of resource 'User'.\nNina nina@contoso.onmicrosoft.com\n" +
        'Another object with the same value for property userPrincipalName already exists.\n',
    );
  });
});
