/**
 * The `variable:` and `env:` drives: Test-Path, Get-Item, Get-ChildItem and Remove-Item on them.
 * Variable items are the session's PSVariable objects (Name, Value, ...); environment items are
 * DictionaryEntry pairs, which print as pwsh's Name/Value table. Names may hold wildcards.
 */
import type { Ctx } from '../../../runtime/compile/Ctx.js';
import { defineFamily } from '../../../runtime/members/families.js';
import { DictionaryEntry } from '../../../runtime/members/enumerators.js';
import { registerDefaultView } from '../../../runtime/format/views.js';
import { hasWildcards, wildcardToRegex } from '../../../runtime/regex/wildcard.js';
import { PSVariable, type Scope } from '../../../runtime/scope.js';
import { PSEnumValue } from '../../../runtime/values/scalars.js';
import { PSObject } from '../../../runtime/values/PSObject.js';
import { byOrdinalIgnoreCase } from './wildcardPaths.js';

defineFamily((v): v is PSVariable => v instanceof PSVariable)
  .property('Name', 'string', (v) => v.name)
  .property('Description', 'string', (v) => v.description)
  .property('Value', 'System.Object', (v) => v.value)
  .property('Visibility', 'System.Management.Automation.SessionStateEntryVisibility', () =>
    new PSEnumValue('System.Management.Automation.SessionStateEntryVisibility', 'Public', 0),
  )
  .property('Options', 'System.Management.Automation.ScopedItemOptions', (v) =>
    new PSEnumValue('System.Management.Automation.ScopedItemOptions', v.options, 0),
  );

registerDefaultView('System.Management.Automation.PSVariable', {
  kind: 'table',
  columns: [
    { label: 'Name', property: 'Name', width: 30 },
    { label: 'Value', property: 'Value' },
  ],
});

function matcher(name: string): (candidate: string) => boolean {
  if (!hasWildcards(name)) {
    const lower = name.toLowerCase();
    return (candidate) => candidate.toLowerCase() === lower;
  }
  const pattern = wildcardToRegex(name);
  return (candidate) => pattern.test(candidate);
}

/** The variables visible from `scope` whose names match (all for ''), by name. */
export function variableItems(scope: Scope, name: string): PSVariable[] {
  const matches = name === '' ? () => true : matcher(name);
  const seen = new Map<string, PSVariable>();
  for (let s: Scope | null = scope; s; s = s.parent) {
    for (const [lower, v] of s.vars) {
      if (seen.has(lower) || (s !== scope && v.options === 'Private')) continue;
      if (matches(v.name)) seen.set(lower, v);
    }
  }
  return [...seen.values()].sort((a, b) => byOrdinalIgnoreCase(a.name, b.name));
}

/**
 * A variable as Get-Item / Get-ChildItem write it: wrapped with its .NET type name, which the
 * runtime's PSVariable class does not carry, so that it prints as pwsh's Name/Value table.
 */
export function variableItem(variable: PSVariable): PSObject {
  return new PSObject(variable, ['System.Management.Automation.PSVariable', 'System.Object']);
}

/** The environment variables whose names match (all for ''), by name. */
export function environmentItems(env: Map<string, string>, name: string): DictionaryEntry[] {
  const matches = name === '' ? () => true : matcher(name);
  return [...env.entries()]
    .filter(([k]) => matches(k))
    .sort(([a], [b]) => byOrdinalIgnoreCase(a, b))
    .map(([k, v]) => new DictionaryEntry(k, v));
}

/** Removes a variable from the scope that holds it; false when it is constant or read-only. */
export function removeVariable(ctx: Ctx, variable: PSVariable, force: boolean): boolean {
  if (variable.options === 'Constant' || (variable.options === 'ReadOnly' && !force)) return false;
  const lower = variable.name.toLowerCase();
  for (let s: Scope | null = ctx.scope; s; s = s.parent) {
    if (s.vars.get(lower) === variable) {
      s.vars.delete(lower);
      return true;
    }
  }
  return true;
}

/** Removes an environment variable, matching its name without regard to case (as on Windows). */
export function removeEnvironmentVariable(env: Map<string, string>, name: string): void {
  for (const key of [...env.keys()]) if (key.toLowerCase() === name.toLowerCase()) env.delete(key);
}
