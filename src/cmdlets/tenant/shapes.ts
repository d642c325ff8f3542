/**
 * The output objects of the Tenant* cmdlets (the emulator's own types, under `Tenantsh.`), with
 * their properties in a fixed order. Views are in views.ts.
 */
import { PSObject } from '../../runtime/values/PSObject.js';
import type { AccountSku } from '../../tenant/services/licensing/LicensingService.js';
import type { AuditRecord, ClockState, Tenant, User } from '../../tenant/index.js';
import { localDateTime, utcDateTime } from './dates.js';

export const TYPE = {
  clock: 'Tenantsh.TenantClock',
  subscription: 'Tenantsh.TenantSubscription',
  user: 'Tenantsh.TenantUser',
  change: 'Tenantsh.TenantChange',
} as const;

function typed(typeName: string, entries: readonly (readonly [string, unknown])[]): PSObject {
  const o = new PSObject(null, [typeName, 'System.Object']);
  for (const [k, v] of entries) o.setNote(k, v);
  return o;
}

const CLOCK_MODES: Record<ClockState['mode'], string> = { real: 'Real', offset: 'Running', frozen: 'Frozen' };

/** Get-TenantClock: the tenant's "now" and how it moves (T-TIME-1). */
export function clockObject(tenant: Tenant): PSObject {
  const state = tenant.clock.state;
  return typed(TYPE.clock, [
    ['Now', localDateTime(tenant.clock.nowMs())],
    ['Mode', CLOCK_MODES[state.mode]],
    ['Frozen', state.mode === 'frozen'],
  ]);
}

export function subscriptionObject(a: AccountSku): PSObject {
  const s = a.subscription;
  return typed(TYPE.subscription, [
    ['SkuPartNumber', s.skuPartNumber],
    ['AccountSkuId', a.accountSkuId],
    ['SkuId', s.skuId],
    ['ProductName', a.sku.productName],
    ['Units', a.activeUnits],
    ['ConsumedUnits', a.consumedUnits],
    ['FreeUnits', a.freeUnits],
    ['PurchaseChannel', s.purchaseChannel],
    ['BillingTerm', s.billingTerm],
    ['CommitmentEndDate', utcDateTime(s.commitmentEndDate)],
    ['Status', s.status],
    ['CreatedDateTime', utcDateTime(s.createdDateTime)],
  ]);
}

/** New-TenantUser: the user and what its licenses provisioned. */
export function userObject(tenant: Tenant, u: User): PSObject {
  const mailbox = tenant.mailboxes.find(u.id);
  const oneDrive = tenant.mailboxes.oneDriveOf(u.id);
  return typed(TYPE.user, [
    ['UserPrincipalName', u.userPrincipalName],
    ['DisplayName', u.displayName],
    ['ObjectId', u.id],
    ['UsageLocation', u.usageLocation],
    ['Licenses', u.licenses.map((l) => tenant.licensing.partNumberOf(l.skuId))],
    ['Synced', tenant.directory.isSynced(u)],
    ['Mailbox', mailbox ? mailbox.primarySmtpAddress : null],
    ['OneDrive', oneDrive ? oneDrive.url : null],
    ['Password', u.password],
  ]);
}

/** Audit details (JSON-shaped data) as PowerShell values: objects become PSCustomObjects. */
export function detailsValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(detailsValue);
  if (typeof value === 'object') {
    const o = new PSObject();
    for (const [k, v] of Object.entries(value)) o.setNote(k, detailsValue(v));
    return o;
  }
  return value;
}

/** Get-TenantChange: one change or refusal of the audit trail. */
export function changeObject(r: AuditRecord): PSObject {
  return typed(TYPE.change, [
    ['Time', localDateTime(Date.parse(r.time))],
    ['Actor', r.actor],
    ['Operation', r.operation],
    ['Target', r.target],
    ['Details', detailsValue(r.details)],
    ['Refused', r.refused],
    ['Rule', r.rule],
  ]);
}
