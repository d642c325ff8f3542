/**
 * Routes from a script to the host that pwsh offers and tenantsh must refuse: .NET types that
 * start processes, touch files or load code, external programs, script paths that are not .ps1
 * scripts, and each of them wrapped in Invoke-Expression / Invoke-Command / a script block.
 * Canaries: node:child_process is replaced by a recorder (nothing in src/ may call it),
 * process.exit is spied on, and every route that would write a file names a canary file that
 * must not exist afterwards.
 *
 * Decision on the environment: `$env:NAME` reads and writes the environment map the host gives
 * the runtime (a copy; pwsh reads the process environment the same way), so it is allowed. A
 * write must not reach the real process.env. [Environment] is an emulated host (environment.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectRefused, runAndCheckCanaries, scratchFolder } from './sandboxHarness.js';

const childProcessCalls = vi.hoisted(() => [] as string[]);

vi.mock('node:child_process', () => {
  const record =
    (name: string) =>
    (..._args: unknown[]): never => {
      childProcessCalls.push(name);
      throw new Error(`sandbox test: child_process.${name} was called`);
    };
  const api = {
    spawn: record('spawn'),
    spawnSync: record('spawnSync'),
    exec: record('exec'),
    execSync: record('execSync'),
    execFile: record('execFile'),
    execFileSync: record('execFileSync'),
    fork: record('fork'),
  };
  return { ...api, default: api };
});

let exitSpy: ReturnType<typeof vi.spyOn>;
beforeAll(() => {
  exitSpy = vi.spyOn(process, 'exit').mockImplementation((code?: string | number | null) => {
    throw new Error(`sandbox test: process.exit(${String(code)}) was called`);
  });
});
afterAll(() => {
  exitSpy.mockRestore();
  expect(childProcessCalls, 'a script started a child process').toEqual([]);
});

/** A folder with a canary path that a successful escape would create. */
function withCanary(): { dir: string; canary: string } {
  const dir = scratchFolder();
  return { dir, canary: join(dir, 'pwned.txt') };
}

function expectNothingReached(canary: string): void {
  expect(existsSync(canary), `${canary} was created`).toBe(false);
  expect(childProcessCalls, 'a script started a child process').toEqual([]);
  expect(exitSpy).not.toHaveBeenCalled();
}

/** The refused routes: [label, script (CANARY is replaced by the canary path), expected message]. */
const refusedRoutes: readonly [string, string, RegExp][] = [
  ["[System.Diagnostics.Process]::Start('node')", `[System.Diagnostics.Process]::Start('node', "-e require('fs').writeFileSync('CANARY','x')")`, /Unable to find type \[System\.Diagnostics\.Process\]\./],
  ['[System.IO.File]::WriteAllText', `[System.IO.File]::WriteAllText('CANARY', 'x')`, /\[System\.IO\.File\] does not contain a method named 'WriteAllText'\./],
  ['[System.IO.File]::ReadAllText', `[System.IO.File]::ReadAllText('/etc/hostname')`, /\[System\.IO\.File\] does not contain a method named 'ReadAllText'\./],
  ['[System.IO.File]::Exists', `[System.IO.File]::Exists('/etc/hostname')`, /does not contain a method named 'Exists'\./],
  ['[System.IO.Directory]::GetFiles', `[System.IO.Directory]::GetFiles('/')`, /does not contain a method named 'GetFiles'\./],
  ['[System.IO.FileInfo]::new(path)', `[System.IO.FileInfo]::new('/etc/hostname').OpenText()`, /Cannot find an overload for "new"/],
  ['[AppDomain]::CurrentDomain', `[AppDomain]::CurrentDomain`, /Unable to find type \[AppDomain\]\./],
  ["[System.Reflection.Assembly]::Load('x')", `[System.Reflection.Assembly]::Load('System.IO')`, /Unable to find type \[System\.Reflection\.Assembly\]\./],
  ['[Activator]::CreateInstance', `[Activator]::CreateInstance([string])`, /Unable to find type \[Activator\]\./],
  ["[type]::GetType('System.IO.File')", `[type]::GetType('System.IO.File')`, /\[System\.Type\] does not contain a method named 'GetType'\./],
  ["('System.IO.File' -as [type])::ReadAllText", `('System.IO.File' -as [type])::ReadAllText('/etc/hostname')`, /does not contain a method named 'ReadAllText'\./],
  ["[type]'System.Diagnostics.Process'", `[type]'System.Diagnostics.Process'`, /System\.Diagnostics\.Process/],
  ['[System.Environment]::Exit(3)', `[System.Environment]::Exit(3)`, /\[System\.Environment\] does not contain a method named 'Exit'\./],
  ['[Environment]::SetEnvironmentVariable', `[Environment]::SetEnvironmentVariable('PWNED', '1')`, /does not contain a method named 'SetEnvironmentVariable'\./],
  ['[Console]::WriteLine', `[Console]::WriteLine('x')`, /Unable to find type \[Console\]\./],
  ['[System.Net.Dns]', `[System.Net.Dns]::GetHostName()`, /Unable to find type \[System\.Net\.Dns\]\./],
  ['[System.Net.Sockets.TcpClient]', `[System.Net.Sockets.TcpClient]::new('localhost', 80)`, /Unable to find type \[System\.Net\.Sockets\.TcpClient\]\./],
  ['[System.Runtime.InteropServices.Marshal]', `[System.Runtime.InteropServices.Marshal]::AllocHGlobal(1)`, /Unable to find type/],
  ['[powershell]::Create()', `[powershell]::Create().AddScript('1').Invoke()`, /does not contain a method named 'Create'\./],
  ['[runspacefactory]::CreateRunspace()', `[runspacefactory]::CreateRunspace()`, /does not contain a method named 'CreateRunspace'\./],
  // pwsh has [scriptblock]::Create; whether tenantsh offers it or not, the block must not write.
  ['[scriptblock]::Create', `& ([scriptblock]::Create("[System.IO.File]::WriteAllText('CANARY', 'x')"))`, /does not contain a method named '(?:Create|WriteAllText)'\./],
  ['[scriptblock]::Create around & node', `& ([scriptblock]::Create('& node -e "require(''fs'').writeFileSync(''CANARY'',''x'')"'))`, /does not contain a method named 'Create'|tenantsh does not run external programs: 'node'/],
  ['[string].Assembly / GetMethod', `[string].GetMethod('Copy').Invoke($null, @('x'))`, /does not contain a method named 'GetMethod'\./],
  ['[System.IO.File].InvokeMember', `[System.IO.File].InvokeMember('WriteAllText', 'InvokeMethod', $null, $null, @('CANARY', 'x'))`, /does not contain a method named 'InvokeMember'\./],
  ['$Host.SetShouldExit(3)', `$Host.SetShouldExit(3)`, /does not contain a method named 'SetShouldExit'\./],
  ['Add-Type -TypeDefinition', `Add-Type -TypeDefinition 'public class P { public static void Run() { System.IO.File.WriteAllText("CANARY", "x"); } }'`, /Add-Type/],
  ['New-Object -ComObject', `New-Object -ComObject WScript.Shell`, /New-Object|ComObject/],
  ['New-Object System.Diagnostics.Process', `New-Object System.Diagnostics.Process`, /New-Object|System\.Diagnostics\.Process/],
  ['New-Object System.Net.WebClient', `(New-Object System.Net.WebClient).DownloadFile('http://127.0.0.1:1/', 'CANARY')`, /New-Object|System\.Net\.WebClient/],
  ['Invoke-WebRequest', `Invoke-WebRequest http://127.0.0.1:1/ -OutFile CANARY`, /Invoke-WebRequest/],
  ['Start-Job', `Start-Job { Set-Content CANARY x } | Wait-Job`, /Start-Job/],
  ['ForEach-Object -Parallel', `1 | ForEach-Object -Parallel { Set-Content CANARY x }`, /Parallel/],
  ['a class method reaching for a host type', `class P { static [void] Run() { [System.IO.File]::WriteAllText('CANARY', 'x') } }; [P]::Run()`, /does not contain a method named 'WriteAllText'/],
  ['Start-Process', `Start-Process node -ArgumentList '-e', "require('fs').writeFileSync('CANARY','x')"`, /tenantsh does not run external programs: 'Start-Process'/],
  ['& node -e', `& node -e "require('fs').writeFileSync('CANARY','x')"`, /tenantsh does not run external programs: 'node'/],
  ['node.exe', `node.exe -e "require('fs').writeFileSync('CANARY','x')"`, /tenantsh does not run external programs: 'node\.exe'/],
  ['/usr/bin/node', `& /usr/bin/node -e "require('fs').writeFileSync('CANARY','x')"`, /tenantsh does not run external programs: '\/usr\/bin\/node'/],
  ['cmd /c dir', `cmd /c dir`, /tenantsh does not run external programs: 'cmd'/],
  ['cmd.exe with a Windows path', `& 'C:\\Windows\\System32\\cmd.exe' /c "echo x > CANARY"`, /tenantsh does not run external programs/],
  ['& /bin/sh -c', `& /bin/sh -c 'touch CANARY'`, /tenantsh does not run external programs: '\/bin\/sh'/],
  ['bash -c', `bash -c 'touch CANARY'`, /tenantsh does not run external programs: 'bash'/],
  ['/usr/bin/env', `& /usr/bin/env touch CANARY`, /tenantsh does not run external programs: '\/usr\/bin\/env'/],
  ['python3 -c', `python3 -c "open('CANARY','w')"`, /tenantsh does not run external programs: 'python3'/],
  ['pwsh -c', `pwsh -c "Set-Content CANARY x"`, /tenantsh does not run external programs: 'pwsh'/],
  ['a program not on the list', `& /usr/bin/touch CANARY`, /The term '\/usr\/bin\/touch' is not recognized/],
  ['. /etc/passwd', `. /etc/passwd`, /The term '\/etc\/passwd' is not recognized/],
  ['& /etc/passwd', `& /etc/passwd`, /The term '\/etc\/passwd' is not recognized/],
  ['Import-Module of a non-module path', `Import-Module /etc/passwd`, /The specified module '\/etc\/passwd' was not loaded/],
  ['Invoke-Command -ComputerName', `Invoke-Command -ComputerName localhost -ScriptBlock { Set-Content CANARY x }`, /remoting \(-ComputerName\) is not available/],
];

function withCanaryPath(text: string, canary: string): string {
  return text.replaceAll('CANARY', canary);
}

describe('host routes are refused with a PowerShell error', () => {
  it.each(refusedRoutes)('%s', (_label, text, message) => {
    const { dir, canary } = withCanary();
    const r = runAndCheckCanaries(withCanaryPath(text, canary), { cwd: dir });
    expectRefused(r, message);
    expectNothingReached(canary);
  });
});

/** Each route again, inside each way a script can run text or a block it builds. */
const wrappers: readonly [string, (inner: string) => string][] = [
  ['Invoke-Expression', (inner) => `Invoke-Expression '${inner.replaceAll("'", "''")}'`],
  ['iex from the pipeline', (inner) => `'${inner.replaceAll("'", "''")}' | Invoke-Expression`],
  ['nested Invoke-Expression', (inner) => `Invoke-Expression "Invoke-Expression '${inner.replaceAll("'", "''").replaceAll('"', '`"').replaceAll('$', '`$')}'"`],
  ['Invoke-Command -ScriptBlock', (inner) => `Invoke-Command -ScriptBlock { ${inner} }`],
  ['& { }', (inner) => `& { ${inner} }`],
  ['. { }', (inner) => `. { ${inner} }`],
  ['a function', (inner) => `function Invoke-Escape { ${inner} }; Invoke-Escape`],
  ['ForEach-Object', (inner) => `1 | ForEach-Object { ${inner} }`],
  ['a calculated property', (inner) => `[pscustomobject]@{} | Select-Object @{ n = 'p'; e = { ${inner} } }`],
];

const wrappedRoutes = refusedRoutes.filter(([label]) =>
  [
    "[System.Diagnostics.Process]::Start('node')",
    '[System.IO.File]::WriteAllText',
    '[System.Environment]::Exit(3)',
    '& node -e',
    '& /bin/sh -c',
    'Start-Process',
    '[scriptblock]::Create',
  ].includes(label),
);

describe('wrapping a route does not open it', () => {
  const cases = wrappers.flatMap(([wrapperLabel, wrap]) =>
    wrappedRoutes.map(([label, text, message]) => [wrapperLabel, label, wrap(text), message] as const),
  );
  it.each(cases)('%s around %s', (_wrapper, _label, text, message) => {
    const { dir, canary } = withCanary();
    const r = runAndCheckCanaries(withCanaryPath(text, canary), { cwd: dir });
    expectRefused(r, message);
    expectNothingReached(canary);
  });

  it('$ExecutionContext.InvokeCommand inside Invoke-Expression is refused', () => {
    const r = runAndCheckCanaries(`Invoke-Expression '$ExecutionContext.InvokeCommand.InvokeScript("1")'`);
    expectRefused(r, /\$ExecutionContext\.InvokeCommand is not available in tenantsh/);
  });
});

describe('script paths', () => {
  function folderWithPrograms(): { dir: string; canary: string } {
    const { dir, canary } = withCanary();
    const shell = `#!/bin/sh\ntouch '${canary}'\n`;
    writeFileSync(join(dir, 'evil.sh'), shell, { mode: 0o755 });
    writeFileSync(join(dir, 'evil'), shell, { mode: 0o755 });
    writeFileSync(join(dir, 'evil.cmd'), `echo x > "${canary}"\r\n`, { mode: 0o755 });
    writeFileSync(join(dir, 'ok.ps1'), `"script ran with $args"\n`);
    writeFileSync(join(dir, 'escape.ps1'), `& node -e "require('fs').writeFileSync('${canary}','x')"\n`);
    return { dir, canary };
  }

  it.each(['& ./evil.sh', '. ./evil.sh', '& ./evil', '& ./evil.cmd', 'evil.sh', './evil'])(
    '%s (an executable that is not a .ps1) is not run',
    (text) => {
      const { dir, canary } = folderWithPrograms();
      const r = runAndCheckCanaries(text, { cwd: dir });
      expectRefused(r, /is not recognized as a name of a cmdlet, function, script file, or executable program/);
      expectNothingReached(canary);
    },
  );

  it('an absolute path to an executable is not run', () => {
    const { dir, canary } = folderWithPrograms();
    const r = runAndCheckCanaries(`& '${join(dir, 'evil')}'`, { cwd: dir });
    expectRefused(r, /is not recognized/);
    expectNothingReached(canary);
  });

  it('a .ps1 script runs (scripts may call scripts)', () => {
    const { dir, canary } = folderWithPrograms();
    const r = runAndCheckCanaries(`& ./ok.ps1 a b; . ./ok.ps1 c`, { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('script ran with a b\nscript ran with c\n');
    expectNothingReached(canary);
  });

  it('a .ps1 script is held to the same rules', () => {
    const { dir, canary } = folderWithPrograms();
    const r = runAndCheckCanaries(`& ./escape.ps1`, { cwd: dir });
    expectRefused(r, /tenantsh does not run external programs: 'node'/);
    expectNothingReached(canary);
  });
});

describe('exit and the environment', () => {
  it('[System.Environment]::Exit(3) does not end the test process; `exit 3` only ends the script', () => {
    const r = runAndCheckCanaries(`[System.Environment]::Exit(3); 'after Exit'; exit 3; 'after exit'`);
    expectRefused(r, /does not contain a method named 'Exit'/);
    expect(r.stdout).toBe('after Exit\n');
    expect(r.exitCode).toBe(3);
    expect(exitSpy).not.toHaveBeenCalled();
  });

  it("$env: reads the runtime's environment map (allowed, as in pwsh), not the process's", () => {
    const r = runAndCheckCanaries(`$env:HOME; $null -eq $env:PATH`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('/home/admin\nTrue\n');
  });

  it('$env: writes stay in the runtime', () => {
    const r = runAndCheckCanaries(`$env:TENANTSH_SANDBOX_PWNED = 'yes'; $env:TENANTSH_SANDBOX_PWNED; Set-Item env:TENANTSH_SANDBOX_PWNED2 yes -ErrorAction SilentlyContinue`);
    expect(r.stdout).toBe('yes\n');
    expect(process.env['TENANTSH_SANDBOX_PWNED']).toBeUndefined();
    expect(process.env['TENANTSH_SANDBOX_PWNED2']).toBeUndefined();
  });

  it('[Environment] answers for the emulated host, not the machine', () => {
    const r = runAndCheckCanaries(`[Environment]::UserName; [Environment]::MachineName; $null -eq [Environment]::GetEnvironmentVariable('PATH')`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('admin\nTENANTSH\nTrue\n');
  });
});

describe('the canary folder itself', () => {
  it('is writable, so the file checks above would see an escape', () => {
    const { dir, canary } = withCanary();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(canary, 'x');
    expect(existsSync(canary)).toBe(true);
  });
});
