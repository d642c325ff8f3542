// Expected outputs come from pwsh 7.6.9 (TERM=dumb NO_COLOR=1 TZ=UTC pwsh -NoProfile -NonInteractive -File).
import { describe, expect, it } from 'vitest';
import { runPs } from '../../helpers/runPs.js';

/** Trailing blank lines are not part of the comparison (as in the conformance runner). */
const out = (script: string): string => runPs(script).stdout.replace(/\s+$/, '');

describe('Get-Variable / Set-Variable / New-Variable / Remove-Variable / Clear-Variable', () => {
  it('shows variables in the PSVariable table view', () => {
    const r = runPs("$x = 42; $yy = 'hello'\nGet-Variable x, yy");
    expect(r.stdout).toBe('\nName                           Value\n----                           -----\nx                              42\nyy                             hello\n\n');
  });

  it('filters with wildcards, -Exclude and -ValueOnly', () => {
    const r = runPs('$abc1 = 1; $abc2 = 2\nGet-Variable abc* -ValueOnly\nGet-Variable nope*\n(Get-Variable abc* -Exclude abc2).Name');
    expect(r.stdout).toBe('1\n2\nabc1\n');
    expect(r.stderr).toBe('');
  });

  it('reads a parent scope by number and fails past the last scope', () => {
    const r = runPs("$x = 'script value'\nfunction Show-Parent { $x = 'local value'; $x; Get-Variable -Name x -Scope 1 -ValueOnly }\nShow-Parent\ntry { Get-Variable x -Scope 9 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }");
    expect(r.stdout).toBe(
      "local value\nscript value\nThe scope number '9' exceeds the number of active scopes. (Parameter 'Scope')\nActual value was 9.\nArgumentOutOfRange,Microsoft.PowerShell.Commands.GetVariableCommand\n",
    );
  });

  it('rejects a scope name that is not one', () => {
    const r = runPs('try { Get-Variable x -Scope Foo } catch { $_.Exception.Message }');
    expect(r.stdout).toBe(
      'Cannot process argument because the value of parameter "Scope" is not valid. Valid values are "Global", "Local", or "Script", or a number relative to the current scope (0 through the number of scopes where 0 is the current scope and 1 is its parent). Change the value of the "Scope" parameter and run the operation again.\n',
    );
  });

  it('reports a missing variable as pwsh does', () => {
    const r = runPs("$ErrorActionPreference = 'Stop'\ntry { Get-Variable nope } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.TargetObject }");
    expect(r.stdout).toBe("Cannot find a variable with the name 'nope'.\nVariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand\nObjectNotFound\nnope\n");
  });

  it('sets variables in the local scope unless -Scope says otherwise', () => {
    const r = runPs(
      '$x = 1\nfunction f { Set-Variable x 5; "in f: $x" }\nf; "after f: $x"\nfunction k { Set-Variable x 7 -Scope 1 }\nk; "after k: $x"\nfunction m { Set-Variable x 8 -Scope Script }\nm; "after m: $x"\nfunction n { Set-Variable gg 9 -Scope Global }\nn; "gg: $global:gg"',
    );
    expect(r.stdout).toBe('in f: 5\nafter f: 1\nafter k: 7\nafter m: 8\ngg: 9\n');
  });

  it('collects piped values into the variable', () => {
    const r = runPs('1,2,3 | Set-Variable a\n$a.GetType().FullName; $a.Count\n5 | Set-Variable b\n$b.GetType().FullName');
    expect(r.stdout).toBe('System.Object[]\n3\nSystem.Int32\n');
  });

  it('supports -PassThru, -Description and the PSVariable members', () => {
    expect(out("(Set-Variable c 4 -PassThru).GetType().FullName\nNew-Variable d 6 -PassThru\n$v = Set-Variable -Name e -Value 3 -Description 'desc' -PassThru\n$v.Description; $v.Options; $v.Value = 10; $e")).toBe(
      'System.Management.Automation.PSVariable\n\nName                           Value\n----                           -----\nd                              6\ndesc\nNone\n10',
    );
  });

  it('protects read-only and constant variables', () => {
    const r = runPs('New-Variable ro 5 -Option ReadOnly\nSet-Variable ro 7\nRemove-Variable ro\nSet-Variable ro 8 -Force\n$ro\nNew-Variable co 5 -Option Constant\nSet-Variable co 7 -Force\n$co');
    expect(r.stdout).toBe('8\n5\n');
    expect(r.stderr).toContain('Cannot overwrite variable ro because it is read-only or constant.');
    expect(r.stderr).toContain('Cannot remove variable ro because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.');
    expect(r.stderr).toContain('Cannot overwrite variable co because it is read-only or constant.');
  });

  it('refuses to create an existing variable without -Force', () => {
    const r = runPs("$x = 1\nNew-Variable x 2\n$x\nNew-Variable x 3 -Force\n$x");
    expect(r.stdout).toBe('1\n3\n');
    expect(r.stderr).toContain("A variable with name 'x' already exists.");
  });

  it('removes and clears variables', () => {
    const r = runPs('$temp = 1\nRemove-Variable -Name temp\n$null -eq (Get-Variable temp -ErrorAction SilentlyContinue)\n$y = 5\nClear-Variable y\n"[$y]"\nRemove-Variable nope');
    expect(r.stdout).toBe('True\n[]\n');
    expect(r.stderr).toContain("Cannot find a variable with the name 'nope'.");
  });

  it('prints pwsh\'s What if: lines', () => {
    const r = runPs('$x = 1\nRemove-Variable x -WhatIf\nClear-Variable x -WhatIf\nNew-Variable nn 5 -WhatIf\nSet-Variable x 1,2,3 -WhatIf\n$x');
    expect(r.stdout).toBe(
      'What if: Performing the operation "Remove variable" on target "Name: x".\nWhat if: Performing the operation "Clear variable" on target "Name: x".\nWhat if: Performing the operation "New variable" on target "Name: nn Value: 5".\nWhat if: Performing the operation "Set variable" on target "Name: x Value: System.Object[]".\n1\n',
    );
  });
});
