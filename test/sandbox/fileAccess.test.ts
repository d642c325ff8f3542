/**
 * Files: scripts read and write them through the file cmdlets (Get-Content, Set-Content,
 * Import-Csv, Export-Csv, Out-File, Tee-Object...) and the language features pwsh defines in terms
 * of them (`>` redirection is Out-File, `switch -File` reads lines). That is allowed, and must
 * work as in pwsh. Every other way to a file (.NET file APIs, stream readers) is refused, and its
 * content never reaches the output.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectRefused, runAndCheckCanaries, scratchFolder } from './sandboxHarness.js';

const secret = 'sandbox-secret-4711';

function folderWithSecret(): string {
  const dir = scratchFolder();
  writeFileSync(join(dir, 'data.txt'), `l1\n${secret}\nl3\n`);
  return dir;
}

describe('file cmdlets work as in pwsh (the allowed route)', () => {
  it('Get-Content returns the lines; -Raw the text; -TotalCount the first lines', () => {
    const dir = folderWithSecret();
    const r = runAndCheckCanaries(
      `$lines = Get-Content ./data.txt; $lines.Count; $lines[1]
       (Get-Content ./data.txt -Raw).Length
       Get-Content ./data.txt -TotalCount 1
       Get-Content ./dat*.txt | Select-Object -Last 1`,
      { cwd: dir },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`3\n${secret}\n26\nl1\nl3\n`);
  });

  it('Set-Content, Add-Content, Out-File, Tee-Object and > write where the script says', () => {
    const dir = scratchFolder();
    const r = runAndCheckCanaries(
      `Set-Content ./a.txt 'one'; Add-Content ./a.txt 'two'
       'three' | Out-File ./b.txt
       'four' | Tee-Object -FilePath ./c.txt | Out-Null
       'five' > 'd.txt'
       (Get-Content ./a.txt) -join ','`,
      { cwd: dir },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('one,two\n');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('one\ntwo\n');
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('three\n');
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toBe('four\n');
    expect(readFileSync(join(dir, 'd.txt'), 'utf8')).toBe('five\n');
  });

  it('switch -File reads lines, as in pwsh', () => {
    const dir = folderWithSecret();
    const r = runAndCheckCanaries(`switch -File ./data.txt { 'l1' { 'first' } default { "other $_" } }`, { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`first\nother ${secret}\nother l3\n`);
  });

  it('a missing file is pwsh\'s PathNotFound, not a Node error', () => {
    const dir = scratchFolder();
    const r = runAndCheckCanaries(`Get-Content ./nope.txt`, { cwd: dir });
    expectRefused(r, /Cannot find path '.*nope\.txt' because it does not exist\./);
  });
});

describe('no other route reads or writes a file', () => {
  const routes: readonly [string, string, RegExp][] = [
    ['[System.IO.File]::ReadAllText', `[System.IO.File]::ReadAllText('DATA')`, /does not contain a method named 'ReadAllText'/],
    ['[System.IO.File]::ReadAllLines', `[System.IO.File]::ReadAllLines('DATA')`, /does not contain a method named 'ReadAllLines'/],
    ['[System.IO.File]::ReadAllBytes', `[System.IO.File]::ReadAllBytes('DATA')`, /does not contain a method named 'ReadAllBytes'/],
    ['[System.IO.File]::OpenRead', `[System.IO.File]::OpenRead('DATA')`, /does not contain a method named 'OpenRead'/],
    ['[System.IO.File]::Copy', `[System.IO.File]::Copy('DATA', 'COPY')`, /does not contain a method named 'Copy'/],
    ['[System.IO.File]::AppendAllText', `[System.IO.File]::AppendAllText('COPY', 'x')`, /does not contain a method named 'AppendAllText'/],
    ['[System.IO.StreamReader]::new', `[System.IO.StreamReader]::new('DATA').ReadToEnd()`, /Unable to find type \[System\.IO\.StreamReader\]/],
    ['[System.IO.StreamWriter]::new', `[System.IO.StreamWriter]::new('COPY').Write('x')`, /Unable to find type \[System\.IO\.StreamWriter\]/],
    ['[System.IO.FileStream]::new', `[System.IO.FileStream]::new('DATA', 'Open')`, /Unable to find type \[System\.IO\.FileStream\]/],
    ['[System.IO.FileInfo] cast', `([System.IO.FileInfo]'DATA').OpenText().ReadToEnd()`, /Cannot convert the ".*" value of type "System\.String" to type "System\.IO\.FileInfo"/],
    ['[System.IO.Directory]::GetFiles', `[System.IO.Directory]::GetFiles('DIR')`, /does not contain a method named 'GetFiles'/],
    ['[System.IO.Directory]::Delete', `[System.IO.Directory]::Delete('DIR', $true)`, /does not contain a method named 'Delete'/],
    ['[System.IO.Path]::GetTempFileName', `[System.IO.Path]::GetTempFileName()`, /does not contain a method named 'GetTempFileName'/],
    ['Invoke-Expression around ReadAllText', `Invoke-Expression "[System.IO.File]::ReadAllText('DATA')"`, /does not contain a method named 'ReadAllText'/],
  ];

  it.each(routes)('%s', (_label, text, message) => {
    const dir = folderWithSecret();
    const data = join(dir, 'data.txt');
    const copy = join(dir, 'copy.txt');
    const script = text.replaceAll('DATA', data).replaceAll('COPY', copy).replaceAll('DIR', dir);
    const r = runAndCheckCanaries(script, { cwd: dir });
    expectRefused(r, message);
    expect(r.stdout).not.toContain(secret);
    expect(r.stderr).not.toContain(secret);
    expect(existsSync(copy), 'a file was written').toBe(false);
    expect(existsSync(data), 'the data file was removed').toBe(true);
  });

  it('${path} is a variable name, not a file read (as in pwsh on a path without a drive)', () => {
    const dir = folderWithSecret();
    const r = runAndCheckCanaries(`$null -eq \${${join(dir, 'data.txt')}}`, { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\n');
  });
});
