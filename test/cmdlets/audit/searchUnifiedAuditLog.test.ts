import { afterEach, describe, expect, it } from 'vitest';
import { BASE_SETUP, TenantHost } from '../tenant/tenantHost.js';

let host: TenantHost;
afterEach(() => host.dispose());

const SETUP = [
  BASE_SETUP,
  "New-TenantUser -UserPrincipalName jan@contoso.onmicrosoft.com -DisplayName 'Jan de Vries' -License ENTERPRISEPACK | Out-Null",
  "New-TenantUser -UserPrincipalName piet@contoso.onmicrosoft.com -DisplayName 'Piet Bakker' -License ENTERPRISEPACK | Out-Null",
  'Remove-MsolUser -UserPrincipalName jan@contoso.onmicrosoft.com -Force',
  'Move-TenantClock -Hours 1 | Out-Null',
  'Remove-MsolUser -UserPrincipalName piet@contoso.onmicrosoft.com -Force',
].join('\n');

const run = (script: string): string => {
  host = new TenantHost();
  host.run(SETUP);
  const r = host.run(script);
  return r.stdout + r.stderr;
};

describe('Search-UnifiedAuditLog', () => {
  it('finds directory events newest first, with ResultIndex, ResultCount and JSON AuditData', () => {
    const out = run(
      [
        "$r = @(Search-UnifiedAuditLog -StartDate 2026-01-01 -EndDate 2026-01-02 -Operations 'delete user.')",
        '$r | ForEach-Object { "$($_.ResultIndex)/$($_.ResultCount) $($_.RecordType) $($_.Operations) $($_.UserIds) $($_.CreationDate.ToString(\'HH:mm\'))" }',
        '$d = $r[0].AuditData | ConvertFrom-Json',
        '"$($d.Operation) $($d.ObjectId) $($d.RecordType) $($d.Workload) $($d.CreationTime) $($r[0].Identity -eq $d.Id)"',
      ].join('\n'),
    );
    expect(out).toBe(
      '1/2 AzureActiveDirectory Delete user. admin@contoso.onmicrosoft.com 10:00\n' +
        '2/2 AzureActiveDirectory Delete user. admin@contoso.onmicrosoft.com 09:00\n' +
        'Delete user. piet@contoso.onmicrosoft.com 8 AzureActiveDirectory 01/01/2026 10:00:00 True\n',
    );
  });

  it('-StartDate without a zone is UTC; -ResultSize caps; -UserIds filters; no match writes nothing', () => {
    const out = run(
      [
        '"window: $(@(Search-UnifiedAuditLog -StartDate \'2026-01-01 09:30\' -EndDate \'2026-01-01 11:00\' -Operations \'Delete user.\').Count)"',
        '"capped: $(@(Search-UnifiedAuditLog -StartDate 2026-01-01 -EndDate 2026-01-02 -ResultSize 1).Count)"',
        '"nobody: $(@(Search-UnifiedAuditLog -StartDate 2026-01-01 -EndDate 2026-01-02 -UserIds nobody@contoso.onmicrosoft.com).Count)"',
        '"tenant tools left out: $(@(Search-UnifiedAuditLog -StartDate 2026-01-01 -EndDate 2026-01-02 -Operations Move-TenantClock).Count)"',
      ].join('\n'),
    );
    expect(out).toBe('window: 1\ncapped: 1\nnobody: 0\ntenant tools left out: 0\n');
  });

  it('prints as a list', () => {
    const out = run("Search-UnifiedAuditLog -StartDate 2026-01-01 -EndDate 2026-01-02 -ResultSize 1 -Operations 'Delete user.'");
    expect(out).toMatch(/^\nRecordType {3}: AzureActiveDirectory\nCreationDate : 1\/1\/2026 10:00:00 AM\nUserIds {6}: admin@contoso.onmicrosoft.com\nOperations {3}: Delete user.\nAuditData {4}: \{"CreationTime"/);
  });
});
