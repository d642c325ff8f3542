/**
 * `tenantsh tenant init` and `tenantsh tenant show` (DESIGN.md, "Command line").
 */
import { resolve } from 'node:path';
import { buildSample, createTenant, openTenant, systemTime, TenantFileError } from '../tenant/index.js';
import { CLOUD_INSTANCES, type CloudInstance } from '../tenant/model/organisation.js';

export interface InitOptions {
  tenant?: string;
  sample: 'contoso' | 'empty';
  users?: string;
  seed?: string;
  cloud?: string;
  autoConnect: boolean;
  force?: boolean;
}

function tenantPath(explicit: string | undefined): string {
  return resolve(explicit ?? (process.env['TENANTSH_TENANT'] || 'tenant.json'));
}

export function runTenantInit(o: InitOptions, out: (s: string) => void, err: (s: string) => void): number {
  const path = tenantPath(o.tenant);
  let users: number | undefined;
  if (o.users !== undefined) {
    users = Number(o.users);
    if (!Number.isInteger(users) || users < 0 || users > 200_000) {
      err(`tenantsh: --users must be a whole number from 0 to 200000, not '${o.users}'.\n`);
      return 2;
    }
  }
  let cloud: CloudInstance | undefined;
  if (o.cloud !== undefined) {
    const found = CLOUD_INSTANCES.find((c) => c.toLowerCase() === o.cloud!.toLowerCase());
    if (!found) {
      err(`tenantsh: --cloud must be one of ${CLOUD_INSTANCES.join(', ')}, not '${o.cloud}'.\n`);
      return 2;
    }
    cloud = found;
  }
  try {
    const doc = buildSample({
      sample: o.sample,
      nowMs: systemTime.nowMs(),
      autoConnect: o.autoConnect,
      ...(users !== undefined ? { users, seed: o.seed ?? '1' } : {}),
      ...(cloud ? { cloud } : {}),
    });
    createTenant(path, doc, { force: o.force ?? false });
    out(`Created ${path}: ${users !== undefined ? `${users} synthetic users (seed ${o.seed ?? '1'})` : `the ${o.sample} sample`}, ${doc.users.length} user${doc.users.length === 1 ? '' : 's'} in all.\n`);
    return 0;
  } catch (e) {
    if (e instanceof TenantFileError) {
      err(`tenantsh: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

export function runTenantShow(explicit: string | undefined, out: (s: string) => void, err: (s: string) => void): number {
  const path = tenantPath(explicit);
  try {
    const tenant = openTenant(path, { mode: 'read' });
    const doc = tenant.snapshot();
    const active = doc.users.filter((u) => u.softDeletionTimestamp === null);
    const deleted = doc.users.filter((u) => u.softDeletionTimestamp !== null);
    const org = doc.organisation;
    const clock = doc.clock;
    const now = new Date(tenant.clock.nowMs()).toISOString().replace('.000Z', 'Z');
    const lines = [
      `Tenant      ${org.displayName} (${org.initialDomain}), ${org.cloudInstance}`,
      `File        ${path}`,
      `Clock       ${now} (${clock.mode === 'frozen' ? 'frozen' : clock.mode === 'offset' ? 'running, moved from real time' : 'real time'})`,
      `Users       ${active.length} active, ${active.filter((u) => u.licenses.length > 0).length} licensed, ${deleted.length} in the recycle bin`,
      `Mailboxes   ${doc.mailboxes.length}`,
      `OneDrives   ${doc.oneDrives.length}`,
      `Subscriptions:`,
      ...doc.subscriptions.map((s) => {
        const used = active.filter((u) => u.licenses.some((l) => l.skuId === s.skuId)).length;
        return `  ${s.skuPartNumber.padEnd(20)} ${String(used).padStart(6)} of ${String(s.units).padEnd(6)} used  ${s.purchaseChannel}, ${s.billingTerm}${s.commitmentEndDate ? `, commitment ends ${s.commitmentEndDate.slice(0, 10)}` : ''}`;
      }),
      `Sign-in     ${org.settings.autoConnectAs ? `scripts run as ${org.settings.autoConnectAs} unless they connect` : 'scripts must connect (no autoConnectAs)'}`,
    ];
    out(lines.join('\n') + '\n');
    tenant.close();
    return 0;
  } catch (e) {
    if (e instanceof TenantFileError) {
      err(`tenantsh: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
