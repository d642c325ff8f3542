/**
 * Audit records as Search-UnifiedAuditLog returns them (exchange-onedrive-cmdlets.md 1.21): one
 * object per event with a JSON `AuditData`, newest first, `ResultIndex` 1-based and `ResultCount`
 * the total matched.
 */
import { PSObject } from '../../runtime/values/PSObject.js';
import type { AuditRecord, Workload } from '../../tenant/index.js';
import { utcDateTime } from '../tenant/dates.js';

export const AUDIT_RECORD_TYPE = 'Microsoft.Exchange.Management.SystemConfigurationTasks.UnifiedAuditLogRecord';

/** The unified audit log's record types by workload, with their AuditData integer. */
const RECORD_TYPES: Record<Exclude<Workload, 'Tenant'>, { readonly name: string; readonly value: number }> = {
  Exchange: { name: 'ExchangeAdmin', value: 1 },
  SharePoint: { name: 'SharePoint', value: 4 },
  OneDrive: { name: 'OneDrive', value: 7 },
  AzureActiveDirectory: { name: 'AzureActiveDirectory', value: 8 },
};

/** The emulator's own set-up tools (clock, subscriptions) are not service events. */
export const isServiceEvent = (r: AuditRecord): boolean => r.workload !== 'Tenant';

export const recordTypeOf = (r: AuditRecord): string => RECORD_TYPES[r.workload as Exclude<Workload, 'Tenant'>].name;

function auditData(r: AuditRecord, organizationId: string): string {
  const type = RECORD_TYPES[r.workload as Exclude<Workload, 'Tenant'>];
  const data: Record<string, unknown> = {
    CreationTime: r.time.slice(0, 19),
    Id: r.id,
    Operation: r.operation,
    OrganizationId: organizationId,
    RecordType: type.value,
    ResultStatus: 'Success',
    UserKey: r.actor,
    UserType: 2,
    Version: 1,
    Workload: r.workload,
    ClientIP: '',
    ObjectId: r.target,
    UserId: r.actor,
  };
  if (r.workload === 'Exchange') {
    data.Parameters = Object.entries(r.details).map(([Name, v]) => ({ Name, Value: typeof v === 'string' ? v : JSON.stringify(v) }));
  } else if (Object.keys(r.details).length > 0) {
    data.ExtendedProperties = Object.entries(r.details).map(([Name, v]) => ({ Name, Value: typeof v === 'string' ? v : JSON.stringify(v) }));
  }
  if (r.targetId !== null) data.Target = [{ ID: r.targetId, Type: 2 }];
  return JSON.stringify(data);
}

export function auditRecordObject(r: AuditRecord, index: number, count: number, organizationId: string): PSObject {
  const o = new PSObject(null, [AUDIT_RECORD_TYPE, 'System.Object']);
  const entries: [string, unknown][] = [
    ['RecordType', recordTypeOf(r)],
    ['CreationDate', utcDateTime(r.time)],
    ['UserIds', r.actor],
    ['Operations', r.operation],
    ['AuditData', auditData(r, organizationId)],
    ['ResultIndex', index],
    ['ResultCount', count],
    ['Identity', r.id],
    ['IsValid', true],
    ['ObjectState', 'Unchanged'],
  ];
  for (const [k, v] of entries) o.setNote(k, v);
  return o;
}
