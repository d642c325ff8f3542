/**
 * Variables and scopes (about_Scopes). Lookup is dynamic: a scope sees its own variables, then its
 * parent's, up to the global scope. Assignment without a scope modifier creates the variable in the
 * current scope. `$script:` names the nearest script scope, `$global:` the global one; `$local:`
 * and `$private:` the current one.
 */
import type { PSType } from './types/PSType.js';

export interface VariableAttributes {
  /** A typed variable ([int]$x = 1) converts every value assigned to it. */
  typeConstraint?: PSType;
  /** Validation attributes from a param() block, run on each assignment. */
  validate?: (value: unknown) => void;
}

export class PSVariable {
  options: 'None' | 'ReadOnly' | 'Constant' | 'AllScope' | 'Private' = 'None';
  attributes: VariableAttributes | null = null;
  description = '';
  constructor(
    readonly name: string,
    public value: unknown,
  ) {}
}

export type ScopeKind = 'global' | 'script' | 'function' | 'local';

export class Scope {
  readonly vars = new Map<string, PSVariable>();
  /** Functions defined in this scope (name lower-case). */
  readonly functions = new Map<string, unknown>();
  /** Aliases defined by Set-Alias in this scope. */
  readonly aliases = new Map<string, string>();
  constructor(
    readonly parent: Scope | null,
    readonly kind: ScopeKind,
  ) {}

  lookup(lowerName: string): PSVariable | undefined {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let s: Scope | null = this; s; s = s.parent) {
      const v = s.vars.get(lowerName);
      if (v !== undefined && (s === this || v.options !== 'Private')) return v;
    }
    return undefined;
  }

  /** The nearest script scope (or global when no script is running). */
  scriptScope(): Scope {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let s: Scope = this;
    while (s.kind !== 'script' && s.kind !== 'global' && s.parent) s = s.parent;
    return s;
  }

  globalScope(): Scope {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let s: Scope = this;
    while (s.parent) s = s.parent;
    return s;
  }

  /** Sets a variable in this scope, creating it here when it does not exist here. */
  setLocal(lowerName: string, name: string, value: unknown): PSVariable {
    let v = this.vars.get(lowerName);
    if (!v) {
      v = new PSVariable(name, value);
      this.vars.set(lowerName, v);
    } else v.value = value;
    return v;
  }

  lookupFunction(lowerName: string): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let s: Scope | null = this; s; s = s.parent) {
      const f = s.functions.get(lowerName);
      if (f !== undefined) return f;
    }
    return undefined;
  }

  lookupAlias(lowerName: string): string | undefined {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let s: Scope | null = this; s; s = s.parent) {
      const a = s.aliases.get(lowerName);
      if (a !== undefined) return a;
    }
    return undefined;
  }
}
