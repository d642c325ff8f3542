/**
 * Issue 5's fault tests through the real CLI: a bulk `Import-Csv | Remove-MsolUser` killed with
 * SIGKILL keeps every removal that completed before the kill, and a second run against a tenant in
 * use is refused with the process that holds it (so no update is ever lost).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = new URL('../../dist/src/host/tenantsh.mjs', import.meta.url).pathname;
const env = { ...process.env, TZ: 'UTC', TENANTSH_TENANT: '' };

function freshTenant(users: number): { dir: string; tenant: string; upns: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'tenantsh-kill-'));
  const tenant = join(dir, 'tenant.json');
  const init = spawnSync(process.execPath, [cli, 'tenant', 'init', '--sample', 'empty', '--users', String(users), '--seed', '3', '--tenant', tenant], { encoding: 'utf8', env });
  expect(init.status).toBe(0);
  const list = spawnSync(process.execPath, [cli, '--tenant', tenant, '--quiet', '-c', "Get-MsolUser -All | Where-Object { $_.UserPrincipalName -notlike 'admin@*' } | ForEach-Object UserPrincipalName"], { encoding: 'utf8', env });
  const upns = list.stdout.trim().split('\n');
  expect(upns.length).toBe(users);
  return { dir, tenant, upns };
}

function deletedUsers(tenant: string): Set<string> {
  const r = spawnSync(process.execPath, [cli, '--tenant', tenant, '--quiet', '-c', 'Get-MsolUser -ReturnDeletedUsers -All | ForEach-Object UserPrincipalName'], { encoding: 'utf8', env });
  expect(r.status, r.stderr).toBe(0);
  return new Set(r.stdout.trim().split('\n').filter((l) => l !== ''));
}

describe('faults through the CLI', () => {
  it('a SIGKILL in the middle of Import-Csv | Remove-MsolUser keeps every removal that completed', { timeout: 120_000 }, async () => {
    const { dir, tenant, upns } = freshTenant(400);
    writeFileSync(join(dir, 'leavers.csv'), ['UserPrincipalName', ...upns].join('\n') + '\n');
    const script = 'Import-Csv ./leavers.csv | ForEach-Object { Remove-MsolUser -UserPrincipalName $_.UserPrincipalName -Force; Write-Host "removed $($_.UserPrincipalName)" }';
    const child = spawn(process.execPath, [cli, '--tenant', tenant, '-c', script], { cwd: dir, env });
    const removed: string[] = [];
    let buffer = '';
    await new Promise<void>((done) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const l of lines) if (l.startsWith('removed ')) removed.push(l.slice('removed '.length));
        // Kill somewhere in the middle, while removals are still going on.
        if (removed.length >= 60 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => done());
    });
    expect(removed.length).toBeGreaterThanOrEqual(60);
    expect(removed.length).toBeLessThan(upns.length);
    // The file loads (no torn snapshot) and holds every removal that was reported done.
    const deleted = deletedUsers(tenant);
    for (const upn of removed) expect(deleted.has(upn), upn).toBe(true);
  });

  it('a second run against a tenant in use is refused, naming the process that holds it', { timeout: 120_000 }, async () => {
    const { dir, tenant } = freshTenant(20);
    // The first run holds the tenant (Start-Sleep --real-time really waits) after one change.
    const first = spawn(process.execPath, [cli, '--tenant', tenant, '--real-time', '-c', "Get-MsolUser -MaxResults 1 | Out-Null; Write-Host 'holding'; Start-Sleep -Seconds 20"], { cwd: dir, env });
    await new Promise<void>((ready) => first.stdout.on('data', (c: Buffer) => c.toString().includes('holding') && ready()));
    const second = spawnSync(process.execPath, [cli, '--tenant', tenant, '-c', 'Get-MsolUser -MaxResults 1'], { encoding: 'utf8', env });
    first.kill('SIGKILL');
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`in use by process ${first.pid}`));
  });
});
