/**
 * The run summary on stderr after a script that changed the tenant: what changed, what was
 * refused and by which rule — the admin's answer to "what did my script do?".
 */
import type { Tenant } from '../tenant/index.js';

export function runSummary(tenant: Tenant, dryRun: boolean): string | null {
  const changes = tenant.audit.changesOfRun();
  if (changes.length === 0) return null;
  const done = changes.filter((c) => !c.refused);
  const refused = changes.filter((c) => c.refused);
  const lines: string[] = [];
  lines.push(`${dryRun ? 'Dry run: nothing was written. It would have made' : 'This run made'} ${done.length} change${done.length === 1 ? '' : 's'} to ${tenant.path ?? 'the tenant'}${refused.length ? `; ${refused.length} refused` : ''}.`);
  const byOperation = new Map<string, string[]>();
  for (const c of done) {
    const list = byOperation.get(c.operation) ?? [];
    list.push(c.target);
    byOperation.set(c.operation, list);
  }
  for (const [op, targets] of byOperation) {
    const shown = targets.slice(0, 5).join(', ');
    lines.push(`  ${op}: ${targets.length} (${shown}${targets.length > 5 ? ', ...' : ''})`);
  }
  for (const c of refused.slice(0, 10)) lines.push(`  refused ${c.operation} ${c.target}${c.rule ? ` (${c.rule})` : ''}`);
  if (refused.length > 10) lines.push(`  ... and ${refused.length - 10} more refusals`);
  return lines.join('\n');
}
