import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs the built CLI (npm test builds it first) the way a user does.
const cli = new URL('../../dist/src/host/main.js', import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

const dir = mkdtempSync(join(tmpdir(), 'tenantsh-check-'));
const file = (name: string, text: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('tenantsh check', () => {
  it('exits 0 and prints nothing on stdout for scripts that parse', () => {
    const result = run('check', file('good.ps1', 'Get-MsolUser -All | Remove-MsolUser -Force\n'));
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('1 file checked, 0 problems.');
  });

  it('names file, line and column, shows the source line and marks the place', () => {
    const bad = file('bad.ps1', "Write-Host 'start'\n$total = 1 +\n");
    const result = run('check', bad);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      [
        `${bad}:2:13: ExpectedValueExpression: You must provide a value expression following the '+' operator.`,
        '    2 | $total = 1 +',
        '      |             ~',
        '',
        '',
      ].join('\n'),
    );
  });

  it('reports every error in a file, not only the first', () => {
    const result = run('check', '--output', 'json', file('two.ps1', 'if ($x) {\n  $y = @{a}\n'));
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { problems: { id: string; line: number; column: number }[] };
    expect(report.problems.map((p) => [p.id, p.line, p.column])).toEqual([
      ['MissingEndCurlyBrace', 1, 9],
      ['MissingEqualsInHashLiteral', 2, 11],
    ]);
  });

  it('gives a clear error for a missing file and exits 1', () => {
    const result = run('check', join(dir, 'nope.ps1'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`cannot read ${join(dir, 'nope.ps1')}: no such file`);
  });

  it('refuses binary files', () => {
    const result = run('check', file('binary.ps1', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('not a text file');
  });

  it('reads UTF-16 scripts as Windows PowerShell saves them', () => {
    const text = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Get-Date\r\n', 'utf16le')]);
    expect(run('check', file('utf16.ps1', text)).status).toBe(0);
  });

  it('prints usage for bad arguments', () => {
    const result = run('check', '--output', 'xml', 'a.ps1');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("argument 'xml' is invalid");
  });

  it('prints its version', () => {
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 for commands and types tenantsh does not provide, naming the module', () => {
    const script = file(
      'unsupported.ps1',
      "Get-ADUser -Identity ann\n$x = [System.Windows.Forms.Form]::new()\nNew-Object -ComObject Outlook.Application\nfunction Get-Local { 1 }\nGet-Local\nGet-Mailbox -Filter { ForwardingSmtpAddress -ne $null }\n",
    );
    const result = run('check', script);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain(`${script}:1:1: CommandNotFound: 'Get-ADUser' is not provided by tenantsh: it comes from the ActiveDirectory module.`);
    expect(result.stdout).toContain(`${script}:2:6: TypeNotFound: Unable to find type [System.Windows.Forms.Form]`);
    expect(result.stdout).toContain('WindowsOnly: COM objects');
    // A function defined in the script is known; an OPATH -Filter block is not code.
    expect(result.stdout).not.toContain('Get-Local');
    expect(result.stdout).not.toContain("'ForwardingSmtpAddress'");
  });

  it('--parse-only reports syntax errors only', () => {
    const result = run('check', '--parse-only', file('ad.ps1', 'Get-ADUser -Identity ann\n'));
    expect(result.status).toBe(0);
  });
});
