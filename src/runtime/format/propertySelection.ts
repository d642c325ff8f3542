/**
 * The -Property argument of Format-Table/-List/-Wide resolved into columns: property names
 * (wildcards expand against the first object's properties, in its order) and calculated
 * properties (hashtables with Name/Label, Expression, Width, Alignment; keys may be abbreviated
 * as pwsh allows: `n`, `l`, `e`). A script-block Expression is run by the caller's `evaluate`.
 */
import { propertyNamesOf } from '../members/properties.js';
import { toStr } from '../convert/toStringValue.js';
import { PSHashtable } from '../values/Hashtable.js';
import type { Alignment, ViewColumn } from './views.js';

/** Runs a calculated property's script block (or other non-string expression) for one object. */
export type ExpressionEvaluator = (expression: unknown, item: unknown) => unknown;

const CALCULATED_KEYS = ['name', 'label', 'expression', 'width', 'alignment', 'formatstring'] as const;
type CalculatedKey = (typeof CALCULATED_KEYS)[number];

function calculatedKey(key: unknown): CalculatedKey | undefined {
  const k = toStr(key).toLowerCase();
  if (k.length === 0) return undefined;
  const matches = CALCULATED_KEYS.filter((c) => c.startsWith(k));
  return matches.length === 1 ? matches[0] : undefined;
}

function wildcardRegex(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp('^' + body + '$', 'i');
}

export function hasWildcard(name: string): boolean {
  return /[*?]/.test(name);
}

/** Property names of `value` matching `pattern` (the pattern itself when it has no wildcard). */
export function expandPropertyName(pattern: string, value: unknown): string[] {
  if (!hasWildcard(pattern)) return [pattern];
  const re = wildcardRegex(pattern);
  return propertyNamesOf(value).filter((n) => re.test(n));
}

export function resolveColumns(
  properties: readonly unknown[],
  firstObject: unknown,
  evaluate: ExpressionEvaluator,
): ViewColumn[] {
  const columns: ViewColumn[] = [];
  const seen = new Set<string>();
  for (const p of properties) {
    if (p instanceof PSHashtable) {
      columns.push(calculatedColumn(p, evaluate));
      continue;
    }
    for (const name of expandPropertyName(toStr(p), firstObject)) {
      if (hasWildcard(toStr(p)) && seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      columns.push({ label: name, property: name });
    }
  }
  return columns;
}

function calculatedColumn(spec: PSHashtable, evaluate: ExpressionEvaluator): ViewColumn {
  let label: string | undefined;
  let expression: unknown = null;
  let width: number | undefined;
  let alignment: Alignment | undefined;
  for (const [k, v] of spec.pairs()) {
    switch (calculatedKey(k)) {
      case 'name':
      case 'label':
        label = toStr(v);
        break;
      case 'expression':
        expression = v;
        break;
      case 'width':
        width = Number(toStr(v)) || undefined;
        break;
      case 'alignment': {
        const a = toStr(v).toLowerCase();
        alignment = a === 'right' ? 'right' : a === 'left' || a === 'center' ? 'left' : undefined;
        break;
      }
      default:
        break;
    }
  }
  if (typeof expression === 'string') {
    return { label: label ?? expression, property: expression, width, alignment };
  }
  const expr = expression;
  return { label: label ?? toStr(expr), property: (item) => evaluate(expr, item), width, alignment };
}
