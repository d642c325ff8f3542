import { fromIso, type AuditRecord, type Workload } from '../../model/index.js';
import type { TenantContext } from '../context.js';

export interface AuditQuery {
  /** Inclusive, by the tenant clock. */
  readonly start?: Date;
  /** Exclusive. */
  readonly end?: Date;
  /** Operation names, case-insensitive (Search-UnifiedAuditLog -Operations). */
  readonly operations?: readonly string[];
  /** Actors' UPNs, case-insensitive (-UserIds). */
  readonly actors?: readonly string[];
  readonly workloads?: readonly Workload[];
  /** Refusals are recorded for Get-TenantChange; the unified audit log leaves them out. */
  readonly includeRefused?: boolean;
  /** Only this run's records (Get-TenantChange without -Since). */
  readonly runId?: string;
}

/**
 * The audit trail: every completed change and every refusal, written by TenantContext.run as part
 * of the operation itself (same journal entry), so it can never disagree with the state. The
 * basis of Get-TenantChange, the run summary and Search-UnifiedAuditLog.
 */
export class AuditService {
  constructor(private readonly ctx: TenantContext) {}

  get runId(): string {
    return this.ctx.runId;
  }

  /** Records matching the query, oldest first. */
  query(q: AuditQuery = {}): AuditRecord[] {
    this.ctx.refresh();
    const start = q.start?.getTime() ?? -Infinity;
    const end = q.end?.getTime() ?? Infinity;
    const ops = q.operations?.map((o) => o.toLowerCase());
    const actors = q.actors?.map((a) => a.toLowerCase());
    const out: AuditRecord[] = [];
    for (const r of this.ctx.state.values('audit')) {
      if (q.runId !== undefined && r.runId !== q.runId) continue;
      if (r.refused && !(q.includeRefused ?? false)) continue;
      const t = fromIso(r.time);
      if (t < start || t >= end) continue;
      if (ops && !ops.includes(r.operation.toLowerCase())) continue;
      if (actors && !actors.includes(r.actor.toLowerCase())) continue;
      if (q.workloads && !q.workloads.includes(r.workload)) continue;
      out.push(r);
    }
    return out.sort((a, b) => a.seq - b.seq);
  }

  /** Get-TenantChange: what this run changed or was refused. */
  changesOfRun(): AuditRecord[] {
    return this.query({ runId: this.ctx.runId, includeRefused: true });
  }

  /** Get-TenantChange -Since D. */
  changesSince(since: Date): AuditRecord[] {
    return this.query({ start: since, includeRefused: true });
  }
}
