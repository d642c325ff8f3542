/**
 * JavaScript internals through member access: `.constructor`, `.__proto__`, `.prototype`,
 * `.valueOf()`... on every kind of value a script can hold. A value's members come from an
 * allow-list (MemberTable, keyed by name in a Map), so each of these names must be an unknown
 * member: reading one gives $null as pwsh does (pwsh only errors under Set-StrictMode, see the
 * known holes), calling or setting one is pwsh's own error. Expected texts come from pwsh 7.6.
 */
import { describe, expect, it } from 'vitest';
import { expectNoLeakedInternals, expectRefused, runAndCheckCanaries } from './sandboxHarness.js';

/** One value of each family a script can reach, as a PowerShell expression. */
const values: readonly [string, string][] = [
  ['string', "'a'"],
  ['int', '5'],
  ['double', '1.5'],
  ['long', '[long]5'],
  ['decimal', '[decimal]1.5'],
  ['bigint', '[bigint]5'],
  ['bool', '$true'],
  ['char', "[char]'a'"],
  ['array', '@(1, 2)'],
  ['hashtable', '@{ a = 1 }'],
  ['ordered dictionary', '[ordered]@{ a = 1 }'],
  ['pscustomobject', '[pscustomobject]@{ a = 1 }'],
  ['script block', '{ 1 }'],
  ['type', '[int]'],
  ['datetime', '[datetime]::new(2020, 1, 1)'],
  ['timespan', '[timespan]::FromSeconds(1)'],
  ['guid', '[guid]::Empty'],
  ['version', "[version]'1.2'"],
  ['enum value', '[System.DayOfWeek]::Monday'],
  ['generic list', '$(,[System.Collections.Generic.List[int]]@(1))'],
  ['string builder', '[System.Text.StringBuilder]::new()'],
  ['$Matches', "$(if ('ab' -match 'a') { $Matches })"],
  ['error record', '$(try { throw "x" } catch { $_ })'],
  ['exception', '$(try { throw "x" } catch { $_.Exception })'],
  ['psobject view', "'a'.psobject"],
  ['pstypenames', "'a'.pstypenames"],
  ['command info', '(Get-Command Write-Output)'],
  ['$PSVersionTable', '$PSVersionTable'],
  ['$PSVersionTable.PSVersion', '$PSVersionTable.PSVersion'],
  ['$Host', '$Host'],
  ['$Error', '$Error'],
  ['$MyInvocation', '$MyInvocation'],
  ['$null', '$null'],
];

/** Names JS gives every object or function; none of them is a .NET member of these values. */
const jsPropertyNames = [
  'constructor',
  '__proto__',
  'prototype',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  '__lookupGetter__',
  'isPrototypeOf',
  'call',
  'apply',
  'bind',
  'caller',
  'arguments',
];

const readCases = values.flatMap(([label, expr]) => jsPropertyNames.map((name) => [label, name, expr] as const));

describe('reading a JS-internal name as a property gives $null, as in pwsh', () => {
  it.each(readCases)('%s.%s', (_label, name, expr) => {
    const r = runAndCheckCanaries(`$null -eq (${expr}).${name}`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\n');
  });

  it.each(readCases.filter(([, , name]) => name === 'constructor' || name === '__proto__'))(
    '%s.%s.constructor (a chain) is $null too',
    (_label, name, expr) => {
      const r = runAndCheckCanaries(`$null -eq (${expr}).${name}.constructor`);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('True\n');
    },
  );
});

describe('calling a JS-internal name as a method is "does not contain a method"', () => {
  // Collections apply a method call to their elements (method enumeration), so the error names the
  // element type; $null has no methods at all. An empty collection ($Error at the start of a run)
  // is a known hole: the call is silently nothing.
  const callable = values.filter(([label]) => label !== '$null' && label !== '$Error');
  const callCases = callable.flatMap(([label, expr]) =>
    ['constructor', '__proto__', 'valueOf', 'hasOwnProperty', 'call', 'apply', 'bind', '__defineGetter__'].map(
      (name) => [label, name, expr] as const,
    ),
  );
  it.each(callCases)("%s.%s('return process')", (_label, name, expr) => {
    const r = runAndCheckCanaries(`(${expr}).${name}('globalThis.pwned = 1; return process')`);
    expectRefused(r, new RegExp(`does not contain a method named '${name}'`));
  });

  it('$null.constructor() is a null-valued-expression error', () => {
    const r = runAndCheckCanaries(`$null.constructor('return process')`);
    expectRefused(r, /You cannot call a method on a null-valued expression\./);
  });
});

describe('the classic JS escapes', () => {
  it("'a'.constructor.constructor('return process') cannot build a Function", () => {
    const r = runAndCheckCanaries(`'a'.constructor.constructor('globalThis.pwned = process; return process')`);
    expectRefused(r, /You cannot call a method on a null-valued expression\./);
  });

  it("'a'.constructor.constructor.Invoke(...) cannot build a Function either", () => {
    const r = runAndCheckCanaries(`'a'.constructor.constructor.Invoke('globalThis.pwned = 1')`);
    expectRefused(r, /You cannot call a method on a null-valued expression\./);
  });

  it('$x.toString.call is $null (no JS function behind a method name)', () => {
    const r = runAndCheckCanaries(`$x = 'a'; $null -eq $x.toString.call; $null -eq (5).ToString.apply`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\nTrue\n');
  });

  it('valueOf() is not a method of a string or a number', () => {
    const r = runAndCheckCanaries(`$x = 'a'; $x.valueOf()`);
    expectRefused(r, /Method invocation failed because \[System\.String\] does not contain a method named 'valueOf'\./);
  });

  it("ToString() with an argument is .NET's format, not JS's radix", () => {
    // JS (255).toString(16) is 'ff'; .NET's (255).ToString('16') is the custom format '16'.
    const r = runAndCheckCanaries(`(255).ToString('16'); (255).ToString('x')`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('16\nff\n');
  });
});

describe('static members of types', () => {
  const types = ['[int]', '[math]', '[string]', '[datetime]', '[System.IO.Path]', '[System.Environment]', '[pscustomobject]', '[hashtable]'];
  const cases = types.flatMap((t) => ['constructor', '__proto__', 'prototype', 'name', 'length', 'caller'].map((n) => [t, n] as const));

  it.each(cases)('%s::%s is $null', (type, name) => {
    const r = runAndCheckCanaries(`$null -eq ${type}::${name}`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\n');
  });

  it.each(types.flatMap((t) => ['constructor', '__proto__', 'call', 'apply', 'bind', 'hasOwnProperty'].map((n) => [t, n] as const)))(
    '%s::%s() is "does not contain a method"',
    (type, name) => {
      const r = runAndCheckCanaries(`${type}::${name}('globalThis.pwned = 1')`);
      expectRefused(r, new RegExp(`does not contain a method named '${name}'`));
    },
  );

  it('[string].constructor and [string].__proto__ (members of the type object) are $null', () => {
    const r = runAndCheckCanaries(`$null -eq [string].constructor; $null -eq [string].__proto__; $null -eq [string].GetType().constructor`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\nTrue\nTrue\n');
  });
});

describe('assigning through a JS-internal name', () => {
  it('$h.__proto__.polluted = 1 on a hashtable: $h.__proto__ is $null, so pwsh\'s "cannot be found"', () => {
    const r = runAndCheckCanaries(`$h = @{}; $h.__proto__.polluted = 1`);
    expectRefused(r, /The property 'polluted' cannot be found on this object\. Verify that the property exists and can be set\./);
  });

  it.each([
    ['array', '$a = @(1); $a.__proto__.polluted = 1'],
    ['pscustomobject', '$o = [pscustomobject]@{}; $o.__proto__.polluted = 1'],
    ['string', "$s = 'a'; $s.constructor.prototype.polluted = 1"],
    ['type', '[int].__proto__.polluted = 1'],
  ])('%s: x.__proto__.polluted = 1 is refused', (_label, text) => {
    const r = runAndCheckCanaries(text);
    expectRefused(r, /The property 'polluted' cannot be found on this object/);
  });

  it.each([
    ['string', "'a'.__proto__ = @{ polluted = 1 }", '__proto__'],
    ['int', '$x = 5; $x.constructor = 1', 'constructor'],
    ['array', '$a = @(1); $a.__proto__ = @{ polluted = 1 }', '__proto__'],
    ['pscustomobject', '$o = [pscustomobject]@{}; $o.__proto__ = @{ polluted = 1 }', '__proto__'],
    ['static', '[int]::__proto__ = @{ polluted = 1 }', '__proto__'],
    ['static constructor', '[math]::constructor = 1', 'constructor'],
  ])('%s: setting %s is "cannot be found"', (_label, text, name) => {
    const r = runAndCheckCanaries(text);
    expectRefused(r, new RegExp(`The property '${name}' cannot be found on this object\\. Verify that the property exists and can be set\\.`));
  });

  it('on a hashtable, $h.__proto__ = ... is just a key (as in pwsh)', () => {
    const r = runAndCheckCanaries(`$h = @{}; $h.__proto__ = @{ polluted = 1 }; $h.Keys; $h.Count; $h.__proto__.polluted`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('__proto__\n1\n1\n');
  });
});

describe('$ExecutionContext exposes nothing', () => {
  it('$ExecutionContext.InvokeCommand offers ExpandString only, which expands in the caller scope', () => {
    const r = runAndCheckCanaries(`$n = 'ann'; $ExecutionContext.InvokeCommand.ExpandString('Hello $n')`);
    expect(r.stdout).toBe('Hello ann\n');
  });

  it.each(['constructor', '__proto__', 'prototype', 'SessionState', 'Host'])('$ExecutionContext.%s is refused', (name) => {
    const r = runAndCheckCanaries(`$ExecutionContext.${name}`);
    expectRefused(r, /is not available in tenantsh: scripts reach the system only through cmdlets\./);
  });

  it('$ExecutionContext.InvokeCommand.InvokeScript(...) is refused before anything runs', () => {
    const r = runAndCheckCanaries(`$ExecutionContext.InvokeCommand.InvokeScript('$global:ran = 1'); "ran=$global:ran"`);
    expectRefused(r, /\$ExecutionContext\.InvokeCommand is not available in tenantsh/);
    expect(r.stdout).toBe('ran=\n');
  });

  it('$ExecutionContext.SessionState.PSVariable is refused', () => {
    const r = runAndCheckCanaries(`$ExecutionContext.SessionState.PSVariable.Set('x', 1)`);
    expectRefused(r, /\$ExecutionContext\.SessionState is not available in tenantsh/);
  });

  it('$ExecutionContext.ToString() still names the type (scripts print it)', () => {
    const r = runAndCheckCanaries(`$ExecutionContext.ToString()`);
    expect(r.stderr).toBe('');
    expectNoLeakedInternals(r.stdout);
    expect(r.stdout).toBe('System.Management.Automation.EngineIntrinsics\n');
  });
});
