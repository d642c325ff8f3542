/**
 * The run summary on stderr after a script that changed the tenant (DESIGN.md): what changed,
 * what is restorable until when, which licenses are freed but still paid for, and what was
 * refused by which rule — the admin's answer to "what did my script do?".
 */
import type { AuditRecord, Tenant } from '../tenant/index.js';

const list = (items: readonly string[], max = 5): string =>
  items.slice(0, max).join(', ') + (items.length > max ? `, and ${items.length - max} more` : '');

const day = (iso: unknown): string => (typeof iso === 'string' ? iso.slice(0, 10) : '?');

export function runSummary(tenant: Tenant, dryRun: boolean): string | null {
  const changes = tenant.audit.changesOfRun();
  if (changes.length === 0) return null;
  const done = changes.filter((c) => !c.refused);
  const refused = changes.filter((c) => c.refused);
  const lines: string[] = [];
  const where = tenant.path ?? 'the tenant';
  lines.push(
    dryRun
      ? `tenantsh: dry run, nothing was written. The script would have made ${done.length} change${done.length === 1 ? '' : 's'} to ${where}${refused.length ? ` (${refused.length} refused)` : ''}:`
      : `tenantsh: this run made ${done.length} change${done.length === 1 ? '' : 's'} to ${where}${refused.length ? ` (${refused.length} refused)` : ''}:`,
  );
  const deletions = done.filter((c) => c.operation === 'Delete user.' && c.details['restorableUntil'] !== undefined);
  if (deletions.length > 0) {
    const until = deletions.map((d) => day(d.details['restorableUntil'])).sort();
    lines.push(
      `  Deleted ${deletions.length} user${deletions.length === 1 ? '' : 's'}: ${list(deletions.map((d) => d.target))}; restorable until ${until[0]}${until[0] !== until[until.length - 1] ? `..${until[until.length - 1]}` : ''} (Restore-MsolUser, Restore-MgDirectoryDeletedItem).`,
    );
    const freed = new Map<string, number>();
    for (const d of deletions) {
      const skus = d.details['licensesFreed'];
      if (Array.isArray(skus)) for (const s of skus) freed.set(String(s), (freed.get(String(s)) ?? 0) + 1);
    }
    if (freed.size > 0) {
      lines.push(
        `  Licenses freed but still paid for: ${[...freed].map(([s, n]) => `${s} x${n}`).join(', ')} (T-LIC-1: lower the subscription to stop paying).`,
      );
    }
    const devices = deletions.reduce((n, d) => n + (typeof d.details['syncedDevices'] === 'number' ? (d.details['syncedDevices'] as number) : 0), 0);
    if (devices > 0) lines.push(`  OneDrive files stay on ${devices} synced device${devices === 1 ? '' : 's'} of the deleted users (T-OD-4).`);
  }
  const others = new Map<string, AuditRecord[]>();
  // A Set, not deletions.includes: after a 50,000-user offboarding that scan was quadratic.
  const deleted = new Set(deletions);
  for (const c of done) {
    if (deleted.has(c)) continue;
    const group = others.get(c.operation) ?? [];
    group.push(c);
    others.set(c.operation, group);
  }
  for (const [op, group] of others) lines.push(`  ${op.replace(/\.$/, '')}: ${group.length} (${list(group.map((g) => g.target))})`);
  for (const c of refused.slice(0, 10)) {
    lines.push(`  Refused: ${c.operation.replace(/\.$/, '')} ${c.target}${c.rule ? ` (${c.rule})` : ''}${c.errorKind ? ` - ${c.errorKind}` : ''}`);
  }
  if (refused.length > 10) lines.push(`  ... and ${refused.length - 10} more refusals (Get-TenantChange lists them all).`);
  return lines.join('\n');
}
