/**
 * The -Property values of the ordering and measuring cmdlets (pwsh's PSPropertyExpression plus
 * the hashtable form): a property name (wildcards allowed), a script block, or a hashtable whose
 * keys each cmdlet restricts (Sort-Object takes Expression/Ascending/Descending, Compare-Object
 * and Group-Object only Expression). A script block is labelled with its text as written,
 * untrimmed, as pwsh labels it (` $_.N `).
 */
import type { Ctx } from '../../runtime/compile/Ctx.js';
import { getMemberValue } from '../../runtime/compile/memberAccess.js';
import { unwrapOutput } from '../../runtime/compile/collect.js';
import { toBool } from '../../runtime/convert/toBoolean.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { invokeScriptBlock } from '../../runtime/functions/invokeScriptBlock.js';
import { propertyNamesOf } from '../../runtime/members/properties.js';
import { hasWildcards, wildcardToRegex } from '../../runtime/regex/wildcard.js';
import { PSHashtable } from '../../runtime/values/Hashtable.js';
import { ScriptBlockValue } from '../../runtime/values/ScriptBlock.js';

export interface KeyExpression {
  /** The name the value is reported under (a property name, or a script block's text). */
  readonly label: string;
  /** Set for a wildcard name: it expands against each input's property names. */
  readonly wildcard: RegExp | null;
  readonly evaluate: (ctx: Ctx, input: unknown) => unknown;
  /** Sort-Object's per-key direction from the hashtable form; undefined: the cmdlet's default. */
  readonly descending?: boolean;
}

/** A hashtable key the cmdlet does not accept; the message is pwsh's. */
export class KeyExpressionError extends Error {}

export type HashtableKey = 'expression' | 'ascending' | 'descending';

function readScriptBlock(sb: ScriptBlockValue): KeyExpression {
  return {
    label: sb.text,
    wildcard: null,
    evaluate: (ctx, input) => unwrapOutput(invokeScriptBlock(ctx, sb, { dollarUnder: input, newScope: false })),
  };
}

function readName(name: string): KeyExpression {
  return {
    label: name,
    wildcard: hasWildcards(name) ? wildcardToRegex(name, { caseSensitive: false }) : null,
    evaluate: (ctx, input) => getMemberValue(ctx, input, name),
  };
}

function readHashtable(h: PSHashtable, allowed: readonly HashtableKey[]): KeyExpression {
  let expression: KeyExpression | null = null;
  let descending: boolean | undefined;
  for (const [k, v] of h.pairs()) {
    const key = toStr(k);
    const lower = key.toLowerCase();
    // Keys may be abbreviated (`e`, `asc`, `d`), as pwsh's hashtable parameters allow.
    const match = lower.length > 0 ? allowed.find((a) => a.startsWith(lower)) : undefined;
    if (match === undefined) throw new KeyExpressionError(`The ${key} key is not valid.`);
    if (match === 'expression') expression = keyExpression(v, []);
    else if (match === 'ascending') descending = !toBool(v);
    else descending = toBool(v);
  }
  if (!expression) throw new KeyExpressionError('A mandatory entry for expression is missing.');
  return descending === undefined ? expression : { ...expression, descending };
}

/** Reads one -Property element; `allowed` lists the hashtable keys the cmdlet accepts. */
export function keyExpression(spec: unknown, allowed: readonly HashtableKey[]): KeyExpression {
  if (spec instanceof ScriptBlockValue) return readScriptBlock(spec);
  if (spec instanceof PSHashtable && allowed.length > 0) return readHashtable(spec, allowed);
  return readName(toStr(spec));
}

export function keyExpressions(specs: readonly unknown[], allowed: readonly HashtableKey[]): KeyExpression[] {
  return specs.map((s) => keyExpression(s, allowed));
}

/** The expressions that apply to one input: wildcard names become that input's matching properties. */
export function expandFor(expressions: readonly KeyExpression[], input: unknown): KeyExpression[] {
  if (expressions.every((e) => e.wildcard === null)) return expressions as KeyExpression[];
  const out: KeyExpression[] = [];
  for (const e of expressions) {
    if (e.wildcard === null) {
      out.push(e);
      continue;
    }
    for (const name of propertyNamesOf(input)) {
      if (e.wildcard.test(name)) out.push({ ...readName(name), ...(e.descending !== undefined ? { descending: e.descending } : {}) });
    }
  }
  return out;
}
