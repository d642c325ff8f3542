import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The bundled CLI, as `npm run build` makes it and as users run it.
const cli = new URL('../../dist/src/host/tenantsh.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'tenantsh-run-'));
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir, input, env: { ...process.env, TZ: 'UTC', TENANTSH_TENANT: '' } });
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('tenantsh SCRIPT / -c', () => {
  it('binds script arguments to param(), writes output to stdout and exits 0', () => {
    const script = file('greet.ps1', "param([string]$Name = 'world', [int]$Times = 1, [switch]$Loud)\n1..$Times | ForEach-Object { if ($Loud) { \"HELLO $Name\" } else { \"hello $Name\" } }\n");
    const r = run([script, '-Name', 'ann', '-Times', '2', '-Loud']);
    expect(r.stdout).toBe('HELLO ann\nHELLO ann\n');
    expect(r.status).toBe(0);
  });

  it('exits with the code of exit N, and 1 after a terminating error', () => {
    expect(run(['-c', 'exit 7']).status).toBe(7);
    const r = run(['-c', "'before'; throw 'boom'; 'after'"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toContain('boom');
  });

  it('reports a parse error with file, line and marker, runs nothing and exits 1', () => {
    const script = file('broken.ps1', "'not run'\nif ($x {\n");
    const r = run([script]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${script}:2`);
  });

  it('reads -c - from stdin, and Read-Host from stdin when it is not a terminal', () => {
    const r = run(['-c', '-'], "$n = Read-Host 'Name'; \"got $n\"\n");
    expect(r.stdout).toContain('got');
    const s = run(['-c', "$n = Read-Host 'Name'; \"got $n\""], 'ann\n');
    expect(s.stdout).toBe('Name: ann\ngot ann\n');
  });

  it('never opens or creates a tenant file for a script that uses no tenant cmdlet', () => {
    const r = run(['-c', "Get-Date -Format yyyy | Out-Null; 'ok'"]);
    expect(r.stdout).toBe('ok\n');
    expect(existsSync(join(dir, 'tenant.json'))).toBe(false);
  });

  it('refuses a missing tenant file named with --tenant instead of creating it', () => {
    const r = run(['--tenant', join(dir, 'typo.json'), '-c', 'Get-MsolUser']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('does not exist');
    expect(existsSync(join(dir, 'typo.json'))).toBe(false);
  });

  it('creates the default tenant from the sample on first use, with a note on stderr', () => {
    const sub = mkdtempSync(join(dir, 'default-'));
    const r = spawnSync(process.execPath, [cli, '-c', "(Get-MsolUser -UserPrincipalName MeganB@contoso.onmicrosoft.com).DisplayName"], {
      encoding: 'utf8',
      cwd: sub,
      env: { ...process.env, TZ: 'UTC', TENANTSH_TENANT: '' },
    });
    expect(r.stdout).toBe('Megan Bowen\n');
    expect(r.stderr).toContain('created');
    expect(existsSync(join(sub, 'tenant.json'))).toBe(true);
  });

  it('runs a REPL without a script: state persists, open braces continue the command', () => {
    const r = run([], '$x = 5\nfunction f {\n  "in f $x"\n}\nf\nexit\n');
    expect(r.stdout).toContain('in f 5');
    expect(r.stdout).toContain('>> ');
    expect(r.status).toBe(0);
  });
});

