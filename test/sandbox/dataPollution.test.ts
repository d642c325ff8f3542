/**
 * Prototype pollution through data: JSON, CSV, hashtable keys, property names and variable,
 * function and alias names that JS treats specially (`__proto__`, `constructor`, `toString`...).
 * Each must stay a plain key or property: after the run no JS prototype changed, and the key
 * round-trips (the script reads back what it stored). Expected outputs come from pwsh 7.6.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAndCheckCanaries, scratchFolder } from './sandboxHarness.js';

/** Runs a script that must succeed, and returns its output after checking the canaries. */
function cleanOutput(text: string, cwd?: string): string {
  const r = runAndCheckCanaries(text, cwd === undefined ? {} : { cwd });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('ConvertFrom-Json', () => {
  const json = `'{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"toString":3}'`;

  it('keeps __proto__, constructor and toString as note properties', () => {
    const out = cleanOutput(`
      $j = ConvertFrom-Json ${json}
      $j.'__proto__'.polluted
      $j.constructor.prototype.polluted
      $j.toString
      $j.psobject.Properties.Name -join ','`);
    expect(out).toBe('1\n2\n3\n__proto__,constructor,toString\n');
  });

  it('-AsHashtable keeps them as keys', () => {
    const out = cleanOutput(`
      $h = ConvertFrom-Json '{"__proto__":{"polluted":1},"constructor":7}' -AsHashtable
      $h['__proto__'].polluted
      $h.constructor
      $h.Count
      $h.Keys -join ','`);
    expect(out).toBe('1\n7\n2\n__proto__,constructor\n');
  });

  it('nested __proto__ inside __proto__ and inside an array', () => {
    const out = cleanOutput(`
      $j = @(ConvertFrom-Json '[{"__proto__":{"__proto__":{"polluted":1}}}]')
      $j[0].'__proto__'.'__proto__'.polluted`);
    expect(out).toBe('1\n');
  });

  it('a repeated __proto__ key keeps the last value, as pwsh does', () => {
    expect(cleanOutput(`(ConvertFrom-Json '{"__proto__":1,"__proto__":2}').'__proto__'`)).toBe('2\n');
  });

  it('round-trips through ConvertTo-Json', () => {
    const out = cleanOutput(`
      ConvertFrom-Json ${json} | ConvertTo-Json -Compress
      ConvertFrom-Json '{"__proto__":{"polluted":1},"constructor":7}' -AsHashtable | ConvertTo-Json -Compress
      $back = [pscustomobject]@{ __proto__ = [pscustomobject]@{ polluted = 1 } } | ConvertTo-Json -Compress | ConvertFrom-Json -AsHashtable
      $back['__proto__']['polluted']`);
    expect(out).toBe(
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"toString":3}\n' +
        '{"__proto__":{"polluted":1},"constructor":7}\n' +
        '1\n',
    );
  });
});

describe('CSV', () => {
  it('ConvertFrom-Csv -Header __proto__, constructor', () => {
    const out = cleanOutput(`
      $c = 'a,b' | ConvertFrom-Csv -Header '__proto__','constructor'
      $c.'__proto__'
      $c.constructor
      $c | ConvertTo-Csv`);
    expect(out).toBe('a\nb\n"__proto__","constructor"\n"a","b"\n');
  });

  it('ConvertFrom-Csv with a header line naming JS internals', () => {
    const out = cleanOutput(`
      $c = "__proto__,constructor,hasOwnProperty\`n1,2,3" | ConvertFrom-Csv
      "$($c.'__proto__') $($c.constructor) $($c.hasOwnProperty)"`);
    expect(out).toBe('1 2 3\n');
  });

  it('Import-Csv of a file whose columns are __proto__, constructor, toString', () => {
    const dir = scratchFolder();
    writeFileSync(join(dir, 'p.csv'), '__proto__,constructor,toString\n1,2,3\n');
    const out = cleanOutput(`
      $i = Import-Csv ./p.csv
      "$($i.'__proto__') $($i.constructor) $($i.toString)"
      $i.psobject.Properties.Name -join ','`, dir);
    expect(out).toBe('1 2 3\n__proto__,constructor,toString\n');
  });

  it('Export-Csv then Import-Csv keeps the columns', () => {
    const dir = scratchFolder();
    const out = cleanOutput(`
      [pscustomobject]@{ __proto__ = 'p'; constructor = 'c' } | Export-Csv ./out.csv
      Get-Content ./out.csv
      $back = Import-Csv ./out.csv
      "$($back.'__proto__') $($back.constructor)"`, dir);
    expect(out).toBe('"__proto__","constructor"\n"p","c"\np c\n');
  });
});

describe('hashtables', () => {
  it("@{ '__proto__' = 1; constructor = 2 } are plain keys", () => {
    const out = cleanOutput(`
      $h = @{ '__proto__' = 1; constructor = 2; toString = 3; hasOwnProperty = 4 }
      "$($h['__proto__']) $($h.'__proto__') $($h.constructor) $($h.toString) $($h.hasOwnProperty) $($h.Count)"
      ($h.Keys | Sort-Object) -join ','
      $h.ContainsKey('valueOf')`);
    expect(out).toBe('1 1 2 3 4 4\n__proto__,constructor,hasOwnProperty,toString\nFalse\n');
  });

  it('an empty hashtable has none of the JS names', () => {
    const out = cleanOutput(`
      $h = @{}
      $h.ContainsKey('constructor')
      $null -eq $h['constructor']
      $null -eq $h['__proto__']
      $null -eq $h.hasOwnProperty
      $h.Count`);
    expect(out).toBe('False\nTrue\nTrue\nTrue\n0\n');
  });

  it('indexer assignment, [ordered] and Insert keep the keys', () => {
    const out = cleanOutput(`
      $h = @{}; $h['__proto__'] = @{ polluted = 1 }; $h['constructor'] = 1
      ($h.Keys | Sort-Object) -join ','
      $o = [ordered]@{ '__proto__' = 1 }; $o.Insert(0, 'constructor', 0); $o.Keys -join ','
      $z = @{ a = 1 } + @{ '__proto__' = 2 }; "$($z.Count) $($z['__proto__'])"`);
    expect(out).toBe('__proto__,constructor\nconstructor,__proto__\n2 2\n');
  });

  it('splatting a hashtable with a constructor key binds the parameter named so', () => {
    const out = cleanOutput(`
      function Show-It { param($constructor, $other) "c=$constructor o=$other" }
      $p = @{ constructor = 1; other = 2 }
      Show-It @p`);
    expect(out).toBe('c=1 o=2\n');
  });
});

describe('pscustomobject and the object cmdlets', () => {
  it('[pscustomobject]@{ __proto__ = @{ polluted = 1 } } is a note property', () => {
    const out = cleanOutput(`
      $p = [pscustomobject]@{ __proto__ = @{ polluted = 1 }; constructor = 'c' }
      "$($p.'__proto__'.polluted) $($p.constructor)"
      $p.psobject.Properties.Name -join ','
      $null -eq ([pscustomobject]@{}).'__proto__'`);
    expect(out).toBe('1 c\n__proto__,constructor\nTrue\n');
  });

  it('Select-Object with calculated properties named __proto__ / constructor', () => {
    const out = cleanOutput(`
      $s = [pscustomobject]@{ x = 1 } | Select-Object @{ n = '__proto__'; e = { 5 } }, @{ n = 'constructor'; e = { 6 } }
      "$($s.'__proto__') $($s.constructor)"`);
    expect(out).toBe('5 6\n');
  });

  it('Select-Object -Property / -ExpandProperty / -ExcludeProperty with those names', () => {
    const out = cleanOutput(`
      $s = [pscustomobject]@{ __proto__ = 1; constructor = 2; x = 3 } | Select-Object __proto__, constructor
      $s.psobject.Properties.Name -join ','
      [pscustomobject]@{ __proto__ = 'v' } | Select-Object -ExpandProperty __proto__
      $x = [pscustomobject]@{ constructor = 'c' } | Select-Object -ExcludeProperty constructor -Property *
      @($x.psobject.Properties).Count`);
    expect(out).toBe('__proto__,constructor\nv\n0\n');
  });

  it('Group-Object -AsHashTable on values that are JS names', () => {
    const out = cleanOutput(`
      $g = 'constructor', '__proto__', 'toString', 'constructor' | Group-Object -AsHashTable
      "$($g['constructor'].Count) $($g['__proto__'].Count) $($g['toString'].Count) $($g.Count)"
      $g2 = [pscustomobject]@{ k = '__proto__' }, [pscustomobject]@{ k = 'constructor' }, [pscustomobject]@{ k = '__proto__' } | Group-Object k -AsHashTable
      "$($g2['__proto__'].Count) $($g2['constructor'].Count) $($g2.Count)"`);
    expect(out).toBe('2 1 1 3\n2 1 2\n');
  });

  it('Sort-Object, Where-Object and ForEach-Object on a property named so', () => {
    const out = cleanOutput(`
      ([pscustomobject]@{ constructor = 2 }, [pscustomobject]@{ constructor = 1 } | Sort-Object constructor | ForEach-Object constructor) -join ' '
      ([pscustomobject]@{ __proto__ = 2 } | Where-Object __proto__ -eq 2).'__proto__'
      [pscustomobject]@{ __proto__ = 3 } | ForEach-Object __proto__`);
    expect(out).toBe('1 2\n2\n3\n');
  });

  it('ConvertTo-Csv and Format-Table print the property names', () => {
    const out = cleanOutput(`
      [pscustomobject]@{ __proto__ = 1; constructor = 2 } | ConvertTo-Csv
      [pscustomobject]@{ __proto__ = 1; constructor = 2 } | Format-Table | Out-String`);
    expect(out).toBe(
      '"__proto__","constructor"\n"1","2"\n\n__proto__ constructor\n--------- -----------\n        1           2\n\n\n',
    );
  });
});

describe('names of variables, functions and aliases', () => {
  it('variables named like JS internals are unset until assigned', () => {
    const out = cleanOutput(`
      "$($null -eq $constructor) $($null -eq \${__proto__}) $($null -eq $toString) $($null -eq $hasOwnProperty)"
      "$($null -eq $env:constructor) $($null -eq $env:__proto__) $($null -eq $global:constructor) $($null -eq $script:__proto__)"`);
    expect(out).toBe('True True True True\nTrue True True True\n');
  });

  it('and hold what the script stores', () => {
    const out = cleanOutput(`
      New-Variable -Name __proto__ -Value 5; Get-Variable -Name __proto__ -ValueOnly
      \${__proto__} = 7; \${__proto__}
      $constructor = 8; $constructor`);
    expect(out).toBe('5\n7\n8\n');
  });

  it('Get-Variable / Get-Command / Get-Alias do not find JS names', () => {
    const out = cleanOutput(`
      try { Get-Variable -Name constructor -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
      try { Get-Variable -Name __proto__ -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
      try { Get-Command -Name constructor -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
      try { Get-Alias -Name __proto__ -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }`);
    expect(out).toBe(
      'VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand\n' +
        'VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand\n' +
        'CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand\n' +
        'ItemNotFoundException,Microsoft.PowerShell.Commands.GetAliasCommand\n',
    );
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('& %s is not a command', (name) => {
    const out = cleanOutput(`try { & ${name} } catch { $_.FullyQualifiedErrorId }`);
    expect(out).toBe('CommandNotFoundException\n');
  });

  it('functions and aliases named like JS internals work as commands', () => {
    const out = cleanOutput(`
      function constructor { 'fn-ctor' }; constructor
      function __proto__ { 'fn-proto' }; __proto__
      Set-Alias -Name toString -Value Write-Output; toString 'alias-ok'`);
    expect(out).toBe('fn-ctor\nfn-proto\nalias-ok\n');
  });
});
