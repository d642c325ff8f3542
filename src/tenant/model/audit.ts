import type { Guid, IsoDate } from './ids.js';

/** Every rule id of shared/spec/tenant-rules.md; refusals name one. */
export type RuleId =
  | 'T-ROLE-1'
  | 'T-ROLE-2'
  | 'T-ROLE-3'
  | 'T-ROLE-4'
  | 'T-ROLE-5'
  | 'T-ROLE-6'
  | 'T-DEL-1'
  | 'T-DEL-2'
  | 'T-DEL-3'
  | 'T-DEL-4'
  | 'T-DEL-5'
  | 'T-DEL-6'
  | 'T-LIC-1'
  | 'T-LIC-2'
  | 'T-LIC-3'
  | 'T-LIC-4'
  | 'T-LIC-5'
  | 'T-LIC-6'
  | 'T-LIC-7'
  | 'T-MBX-1'
  | 'T-MBX-2'
  | 'T-MBX-3'
  | 'T-MBX-4'
  | 'T-MBX-5'
  | 'T-MBX-6'
  | 'T-OD-1'
  | 'T-OD-2'
  | 'T-OD-3'
  | 'T-OD-4'
  | 'T-TIME-1'
  | 'T-TIME-2'
  | 'T-CLOUD-1';

/** The unified audit log's workloads (Search-UnifiedAuditLog AuditData.Workload). */
export type Workload = 'AzureActiveDirectory' | 'Exchange' | 'SharePoint' | 'OneDrive' | 'Tenant';

/**
 * One change (or refusal) in the tenant: the basis of Get-TenantChange, the run summary and
 * Search-UnifiedAuditLog. `operation` uses the audit log's names where one exists
 * (`Delete user.`, `Change user license.`, `Set-Mailbox`, ...).
 */
export interface AuditRecord {
  readonly id: Guid;
  readonly time: IsoDate;
  /** Sequence within the tenant's life: orders records that share a frozen-clock time. */
  readonly seq: number;
  /** The run (one openTenant ... close) that made it: Get-TenantChange lists the current run's. */
  readonly runId: Guid;
  /** UPN of the signed-in user, an app id, `tenantsh` for set-up tools, `System` for expiry. */
  readonly actor: string;
  readonly operation: string;
  readonly workload: Workload;
  /** What was acted on: a UPN, a SKU part number, a site URL. */
  readonly target: string;
  readonly targetId: Guid | null;
  /** Operation-specific facts (old and new values, licenses freed, deadlines set). */
  readonly details: Readonly<Record<string, unknown>>;
  readonly refused: boolean;
  /** For refusals: the rule that refused, when a rule did. */
  readonly rule: RuleId | null;
  /** For refusals: the service error kind. */
  readonly errorKind: string | null;
}
