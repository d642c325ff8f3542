/**
 * Property specifications shared by Select-Object, Sort-Object, Group-Object and Format-*: a name
 * (wildcards allowed), a script block, or a hashtable `@{ Name = ...; Expression = ... }` whose
 * keys may be abbreviated (`n`, `l`, `e`), as pwsh's MshExpression reads them.
 */
import type { Ctx } from '../../runtime/compile/Ctx.js';
import { getMemberValue } from '../../runtime/compile/memberAccess.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { invokeScriptBlock } from '../../runtime/functions/invokeScriptBlock.js';
import { propertyNamesOf } from '../../runtime/members/properties.js';
import { PSHashtable } from '../../runtime/values/Hashtable.js';
import { ScriptBlockValue } from '../../runtime/values/ScriptBlock.js';
import { hasWildcards, wildcardToRegex } from '../../runtime/regex/wildcard.js';
import { unwrapOutput } from '../../runtime/compile/collect.js';

export interface PropertySpec {
  /** The column/property name; null for a script block without a name. */
  readonly name: string | null;
  /** Reads the value from an input object. */
  readonly read: (ctx: Ctx, input: unknown) => unknown;
  /** Wildcard names expand against each input's properties. */
  readonly wildcard: RegExp | null;
  /** Sort-Object's per-key direction. */
  readonly ascending?: boolean;
  readonly descending?: boolean;
}

export class PropertySpecError extends Error {}

const keyOf = (h: PSHashtable, ...names: string[]): unknown => {
  for (const [k, v] of h.pairs()) {
    const key = toStr(k).toLowerCase();
    if (names.some((n) => n.startsWith(key) && key.length > 0)) return v;
  }
  return undefined;
};

export function propertySpec(spec: unknown): PropertySpec {
  if (spec instanceof ScriptBlockValue) {
    return { name: spec.text.trim(), read: (ctx, input) => unwrapOutput(invokeScriptBlock(ctx, spec, { dollarUnder: input, newScope: false })), wildcard: null };
  }
  if (spec instanceof PSHashtable) {
    for (const k of spec.keys()) {
      const key = toStr(k).toLowerCase();
      if (!['name', 'label', 'expression', 'ascending', 'descending', 'formatstring', 'width', 'alignment'].some((n) => n.startsWith(key))) {
        throw new PropertySpecError(`The ${toStr(k)} key is not valid.`);
      }
    }
    const name = keyOf(spec, 'name', 'label');
    const expr = keyOf(spec, 'expression');
    const ascending = keyOf(spec, 'ascending');
    const descending = keyOf(spec, 'descending');
    const base = expr === undefined ? null : propertySpec(expr);
    return {
      name: name === undefined ? (base?.name ?? null) : toStr(name),
      read: base ? base.read : () => null,
      wildcard: null,
      ...(ascending !== undefined ? { ascending: Boolean(ascending) } : {}),
      ...(descending !== undefined ? { descending: Boolean(descending) } : {}),
    };
  }
  const name = toStr(spec);
  return {
    name,
    read: (ctx, input) => getMemberValue(ctx, input, name, false),
    wildcard: hasWildcards(name) ? wildcardToRegex(name, { caseSensitive: false }) : null,
  };
}

/** Expands wildcard specs against one input's property names. */
export function expandSpecs(specs: readonly PropertySpec[], input: unknown): PropertySpec[] {
  const out: PropertySpec[] = [];
  for (const s of specs) {
    if (!s.wildcard) {
      out.push(s);
      continue;
    }
    for (const n of propertyNamesOf(input)) {
      if (s.wildcard.test(n)) out.push({ name: n, read: (ctx, i) => getMemberValue(ctx, i, n, false), wildcard: null });
    }
  }
  return out;
}
