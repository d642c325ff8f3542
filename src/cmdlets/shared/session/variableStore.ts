/**
 * Reading and changing variables the way the *-Variable cmdlets see them: without -Scope,
 * Get-Variable sees every variable visible from the caller (a scope's own first, outer private ones
 * hidden); with -Scope, only that scope's own variables. Set/New/Remove-Variable work on one scope.
 */
import type { PSVariable, Scope } from '../../../runtime/scope.js';
import type { ErrorSpec } from '../../../runtime/errors.js';
import { qualifiedErrorId } from './commandIds.js';

/** The variables visible from `scope`, nearest definition of each name first. */
export function visibleVariables(scope: Scope): PSVariable[] {
  const seen = new Map<string, PSVariable>();
  for (let s: Scope | null = scope; s; s = s.parent) {
    for (const [lower, v] of s.vars) {
      if (seen.has(lower)) continue;
      if (s !== scope && v.options === 'Private') continue;
      seen.set(lower, v);
    }
  }
  return [...seen.values()];
}

/** The variables `-Scope` names (only that scope's own), or all visible ones without -Scope. */
export function candidateVariables(caller: Scope, target: Scope | null): PSVariable[] {
  return target ? [...target.vars.values()] : visibleVariables(caller);
}

/** ScopedItemOptions names -> the one option the runtime's variable keeps (the strongest). */
export function variableOption(names: readonly string[]): PSVariable['options'] {
  const has = (n: string): boolean => names.some((x) => x.toLowerCase() === n.toLowerCase());
  if (has('Constant')) return 'Constant';
  if (has('ReadOnly')) return 'ReadOnly';
  if (has('Private')) return 'Private';
  if (has('AllScope')) return 'AllScope';
  return 'None';
}

export function isProtected(v: PSVariable): boolean {
  return v.options === 'ReadOnly' || v.options === 'Constant';
}

export function variableNotFound(name: string, cmdletName: string): ErrorSpec {
  return {
    message: `Cannot find a variable with the name '${name}'.`,
    id: qualifiedErrorId('VariableNotFound', cmdletName),
    category: 'ObjectNotFound',
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
    target: name,
  };
}

export function variableNotWritable(name: string, cmdletName: string): ErrorSpec {
  return {
    message: `Cannot overwrite variable ${name} because it is read-only or constant.`,
    id: qualifiedErrorId('VariableNotWritable', cmdletName),
    category: 'WriteError',
    exceptionType: 'System.Management.Automation.SessionStateUnauthorizedAccessException',
    target: name,
  };
}

export function variableNotRemovable(name: string, cmdletName: string): ErrorSpec {
  return {
    message: `Cannot remove variable ${name} because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.`,
    id: qualifiedErrorId('VariableNotRemovable', cmdletName),
    category: 'WriteError',
    exceptionType: 'System.Management.Automation.SessionStateUnauthorizedAccessException',
    target: name,
  };
}

export function variableAlreadyExists(name: string, cmdletName: string): ErrorSpec {
  return {
    message: `A variable with name '${name}' already exists.`,
    id: qualifiedErrorId('VariableAlreadyExists', cmdletName),
    category: 'ResourceExists',
    exceptionType: 'System.Management.Automation.SessionStateException',
    target: name,
  };
}

/** How ShouldProcess names a value: .NET's ToString, so an array is `System.Object[]`. */
export function valueForTarget(value: unknown, toText: (v: unknown) => string): string {
  return Array.isArray(value) ? 'System.Object[]' : toText(value);
}
