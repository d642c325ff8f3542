import { afterEach, describe, expect, it } from 'vitest';
import { BASE_SETUP, TenantHost } from './tenantHost.js';

let host: TenantHost;
afterEach(() => host.dispose());

const run = (setup: string, script: string, as?: string): string => {
  host = new TenantHost();
  host.run(setup);
  const r = host.run(script, as ? { as } : {});
  return r.stdout + r.stderr;
};

const users = (n: number): string =>
  Array.from({ length: n }, (_, i) => `New-TenantUser -UserPrincipalName u${i}@contoso.onmicrosoft.com -DisplayName 'User ${i}' -License ENTERPRISEPACK | Out-Null`).join('\n');

describe('Tenant* cmdlets', () => {
  it('T-TIME-1: Set-TenantClock -Frozen pins the clock and Move-TenantClock moves it forward', () => {
    const out = run(
      BASE_SETUP,
      [
        '$c = Get-TenantClock',
        '"$($c.Mode) $($c.Frozen) $($c.Now.ToUniversalTime().ToString(\'yyyy-MM-dd HH:mm\'))"',
        '$m = Move-TenantClock -Days 1 -Hours 2',
        '"$($m.Now.ToUniversalTime().ToString(\'yyyy-MM-dd HH:mm\'))"',
        '(Get-Date).ToUniversalTime().ToString(\'yyyy-MM-dd HH:mm\')',
      ].join('\n'),
    );
    expect(out).toBe('Frozen True 2026-01-01 09:00\n2026-01-02 11:00\n2026-01-02 11:00\n');
  });

  it('T-TIME-1: Move-TenantClock refuses to go back', () => {
    const out = run(BASE_SETUP, 'try { Move-TenantClock -Days (-1) } catch { $_.Exception.Message }');
    expect(out).toBe('The tenant clock only moves forward. Use Set-TenantClock -Date to set an earlier date.\n');
  });

  it('Set-TenantClock -Real returns to real time', () => {
    const out = run(BASE_SETUP, '(Set-TenantClock -Real).Mode');
    expect(out).toBe('Real\n');
  });

  it('New-TenantSubscription is Direct and Monthly by default, AccountSkuId <tenant>:<SKU>; a second one for the SKU is an error', () => {
    const out = run(
      BASE_SETUP,
      [
        '$s = Get-TenantSubscription',
        '"$($s.AccountSkuId) $($s.Units) $($s.PurchaseChannel) $($s.BillingTerm) $($null -eq $s.CommitmentEndDate)"',
        '$a = New-TenantSubscription -SkuPartNumber SPE_E5 -Units 2 -BillingTerm Annual',
        '$a.CommitmentEndDate.ToString("yyyy-MM-dd")',
        'try { New-TenantSubscription -SkuPartNumber SPE_E5 -Units 1 -ErrorAction Stop } catch { $_.Exception.Message }',
      ].join('\n'),
    );
    expect(out).toBe(
      'contoso:ENTERPRISEPACK 5 Direct Monthly True\n2027-01-01\nThe tenant already has a SPE_E5 subscription: change its units with Set-TenantSubscription.\n',
    );
  });

  it('T-LIC-2: Set-TenantSubscription cannot lower below the units consumed', () => {
    const out = run(
      `${BASE_SETUP}\n${users(4)}`,
      'try { Set-TenantSubscription -SkuPartNumber ENTERPRISEPACK -Units 3 -ErrorAction Stop } catch { $_.Exception.Message }\n(Set-TenantSubscription ENTERPRISEPACK 4).Units',
    );
    expect(out).toBe('Cannot lower ENTERPRISEPACK to 3 licenses: 4 are assigned. Remove licenses from users first.\n4\n');
  });

  it('T-LIC-3: a partner or volume licensing subscription cannot be lowered', () => {
    const out = run(
      `${BASE_SETUP}\nNew-TenantSubscription EMS 5 -PurchaseChannel Partner | Out-Null\nNew-TenantSubscription EXCHANGESTANDARD 5 -PurchaseChannel VolumeLicensing | Out-Null`,
      [
        'try { Set-TenantSubscription EMS 1 -ErrorAction Stop } catch { $_.Exception.Message }',
        'try { Set-TenantSubscription EXCHANGESTANDARD 1 -ErrorAction Stop } catch { $_.Exception.Message }',
        '(Set-TenantSubscription EMS 6).Units',
      ].join('\n'),
    );
    expect(out).toBe(
      'Cannot change the number of licenses of EMS: it was bought through a partner. Ask your partner to change it.\n' +
        'Cannot change the number of licenses of EXCHANGESTANDARD: it was bought through volume licensing. Ask your volume licensing reseller to change it.\n6\n',
    );
  });

  it('T-LIC-4: an annual subscription cannot be lowered before its commitment end (yyyy-MM-dd), after it can', () => {
    const out = run(
      `${BASE_SETUP}\nNew-TenantSubscription SPE_E5 10 -BillingTerm Annual -CommitmentEndDate 2026-06-30 | Out-Null`,
      [
        'try { Set-TenantSubscription SPE_E5 5 -ErrorAction Stop } catch { $_.Exception.Message }',
        'Move-TenantClock -Days 181 | Out-Null',
        '(Set-TenantSubscription SPE_E5 5).Units',
      ].join('\n'),
    );
    expect(out).toBe('Cannot lower SPE_E5 before its commitment ends on 2026-06-30.\n5\n');
  });

  it('T-ROLE-3: Set-TenantSubscription runs as the --as user and needs Global or Billing Administrator', () => {
    const setup = `${BASE_SETUP}\nNew-TenantUser -UserPrincipalName uma@contoso.onmicrosoft.com -DisplayName Uma | Out-Null\nAdd-MsolRoleMember -RoleName 'User Account Administrator' -RoleMemberEmailAddress uma@contoso.onmicrosoft.com`;
    const out = run(
      setup,
      'try { Set-TenantSubscription ENTERPRISEPACK 3 -ErrorAction Stop } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }\n(Get-TenantSubscription).Units',
      'uma@contoso.onmicrosoft.com',
    );
    expect(out).toBe(
      'Access denied. Changing the number of licenses needs the Global Administrator or Billing Administrator role.\nTenantAccessDenied.T-ROLE-3,Set-TenantSubscription\n5\n',
    );
  });

  it('T-LIC-7: New-TenantUser -BuyLicense raises the subscription by one unit when none is free; without it the user is not created', () => {
    const out = run(
      `${BASE_SETUP}\n${users(5)}`,
      [
        'try { New-TenantUser -UserPrincipalName x@contoso.onmicrosoft.com -DisplayName X -License ENTERPRISEPACK -ErrorAction Stop } catch { $_.Exception.Message }',
        '$u = New-TenantUser -UserPrincipalName nina@contoso.onmicrosoft.com -DisplayName Nina -License ENTERPRISEPACK -BuyLicense',
        '$s = Get-TenantSubscription',
        '"$($u.Licenses) $($s.Units) $($s.ConsumedUnits)"',
      ].join('\n'),
    );
    expect(out).toBe(
      'No ENTERPRISEPACK license is free: every unit is assigned. Add -BuyLicense to buy one more in the same step.\nENTERPRISEPACK 6 6\n',
    );
  });

  it('New-TenantUser: usage location US by default, a license provisions mailbox and OneDrive, -Synced makes an AD user', () => {
    const out = run(
      BASE_SETUP,
      [
        '$u = New-TenantUser -UserPrincipalName jan@contoso.onmicrosoft.com -DisplayName Jan -License ENTERPRISEPACK',
        '"$($u.UsageLocation) $($u.Mailbox) $($u.OneDrive) $($u.Synced)"',
        '$k = New-TenantUser kees@contoso.onmicrosoft.com Kees -Synced -UsageLocation nl',
        '"$($k.UsageLocation) $($k.Synced) $($null -eq $k.Mailbox)"',
      ].join('\n'),
    );
    expect(out).toBe(
      'US jan@contoso.onmicrosoft.com https://contoso-my.sharepoint.com/personal/jan_contoso_onmicrosoft_com False\nNL True True\n',
    );
  });

  it('Get-TenantChange lists this run only, with refusals and their rule', () => {
    const out = run(
      `${BASE_SETUP}\n${users(1)}`,
      [
        '"before: $(@(Get-TenantChange).Count)"',
        'Set-TenantSubscription ENTERPRISEPACK 0 -ErrorAction SilentlyContinue',
        'Set-TenantSubscription ENTERPRISEPACK 4 | Out-Null',
        'Get-TenantChange | ForEach-Object { "$($_.Operation) $($_.Target) $($_.Refused) $($_.Rule) $($_.Actor)" }',
        '(Get-TenantChange)[1].Details.to',
        '"since: $(@(Get-TenantChange -Since 2025-12-31).Count)"',
      ].join('\n'),
    );
    expect(out).toBe(
      'before: 0\n' +
        'Set-TenantSubscription ENTERPRISEPACK True T-LIC-2 admin@contoso.onmicrosoft.com\n' +
        'Set-TenantSubscription ENTERPRISEPACK False  admin@contoso.onmicrosoft.com\n' +
        '4\nsince: 6\n',
    );
  });
});
