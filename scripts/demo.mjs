#!/usr/bin/env node
// `npm run demo`: a real offboarding run against a fresh copy of the built-in contoso sample.
// Everything happens through the built CLI in a temporary folder, so it shows exactly what an
// administrator sees: the tenant before, the script's own output, tenantsh's run summary, and
// the recycle bin afterwards.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'host', 'main.js');
const examples = join(root, 'scripts', 'examples');
const work = mkdtempSync(join(tmpdir(), 'tenantsh-demo-'));
const tenant = join(work, 'tenant.json');

function run(title, args) {
  console.log(`\n=== ${title}\n$ tenantsh ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, stdio: 'inherit', env: { ...process.env, TZ: process.env.TZ ?? 'UTC' } });
  if (r.status !== 0) console.log(`(exit code ${r.status})`);
  return r.status ?? 1;
}

try {
  // HR's export, with the leavers the tenant's rules will refuse (a synced user, a forwarding
  // mailbox, a typo) next to ordinary ones.
  copyFileSync(join(examples, 'leavers-q3.csv'), join(work, 'leavers.csv'));
  run('A fresh copy of the contoso sample tenant', ['tenant', 'init', '--tenant', tenant]);
  run('The tenant before', ['tenant', 'show', '--tenant', tenant]);
  run('The offboarding script (Import-Csv leavers.csv | Remove-MsolUser -Force), unmodified', [
    '--tenant', tenant, join(examples, 'Remove-LeaversFromCsv.ps1'), '-CsvPath', join(work, 'leavers.csv'), '-SkipPreflight',
  ]);
  run('Who is in the recycle bin now', [
    '--tenant', tenant, '-c',
    'Get-MsolUser -ReturnDeletedUsers | Sort-Object UserPrincipalName | Format-Table UserPrincipalName, DisplayName, SoftDeletionTimestamp',
  ]);
  run('Freed licenses are still paid for (T-LIC-1)', ['--tenant', tenant, '-c', 'Get-MsolAccountSku']);
  run('The tenant after', ['tenant', 'show', '--tenant', tenant]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
