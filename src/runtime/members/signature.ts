/**
 * Method overloads described by their .NET signature as Get-Member prints it
 * (`string Substring(int startIndex, int length)`). The text gives the overload's argument count,
 * the parameter types the arguments are converted to, the parameter names pwsh's conversion error
 * names, and the Get-Member definition, so one line of data serves all four.
 */
import { DateTime } from '../dotnet/dateTime.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { enumerableItems } from '../values/enumerate.js';
import { exceptionDerivesFrom, PSException } from '../values/exceptions.js';
import { PSHashtable } from '../values/Hashtable.js';
import { isNumber, numericTypeOf, type NumericType } from '../values/numbers.js';
import { PSList } from '../values/PSList.js';
import { PSObject } from '../values/PSObject.js';
import { PSChar, PSEnumValue, PSReference } from '../values/scalars.js';
import { resolveType } from '../types/registry.js';
import { typeNameOf } from '../types/typeNameOf.js';
import { enumInfo } from '../convert/convertTo.js';
import type { MethodContext } from './MethodContext.js';

export interface ParamSpec {
  /** The type as written in the signature ('int', 'char[]', 'System.StringComparison'). */
  readonly type: string;
  readonly name: string;
  /** `[ref] int result`: the argument must be a [ref], passed through unconverted. */
  readonly byRef: boolean;
  /** `params char[] separator`: the remaining arguments are gathered into one array. */
  readonly variadic: boolean;
}

/** The body of an overload: `self` is the instance (or the PSType for statics), args converted. */
export type MethodBody<T> = (self: T, args: unknown[], ctx: MethodContext) => unknown;

export interface Overload<T> {
  readonly name: string;
  readonly returns: string;
  readonly params: readonly ParamSpec[];
  readonly definition: string;
  readonly body: MethodBody<T>;
}

/** Splits at top-level commas (generic arguments contain commas inside brackets). */
function splitParams(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '<') depth++;
    else if (c === ']' || c === '>') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last !== '') parts.push(last);
  return parts;
}

function parseParam(text: string): ParamSpec {
  let t = text;
  let byRef = false;
  let variadic = false;
  if (t.startsWith('[ref] ')) {
    byRef = true;
    t = t.slice(6);
  }
  if (t.startsWith('params ')) {
    variadic = true;
    t = t.slice(7);
  }
  const space = t.lastIndexOf(' ');
  return { type: t.slice(0, space), name: t.slice(space + 1), byRef, variadic };
}

/** An overload from its signature text and body. */
export function overload<T>(signature: string, body: MethodBody<T>): Overload<T> {
  const m = /^(\S+) (\w+)\((.*)\)$/.exec(signature);
  if (!m) throw new Error(`bad signature: ${signature}`);
  return {
    returns: m[1]!,
    name: m[2]!,
    params: splitParams(m[3]!).map(parseParam),
    definition: signature,
    body,
  };
}

export function acceptsCount(o: Overload<unknown>, count: number): boolean {
  const n = o.params.length;
  const last = o.params[n - 1];
  if (last?.variadic) return count >= n - 1;
  return count === n;
}

const unwrap = (v: unknown): unknown => (v instanceof PSObject && v.baseObject !== null ? v.baseObject : v);

const numericSpecs: Record<string, NumericType> = {
  byte: 'Byte',
  sbyte: 'SByte',
  short: 'Int16',
  ushort: 'UInt16',
  int: 'Int32',
  uint: 'UInt32',
  long: 'Int64',
  ulong: 'UInt64',
  float: 'Single',
  double: 'Double',
  decimal: 'Decimal',
};
const integralRank: Partial<Record<NumericType, number>> = {
  SByte: 1,
  Byte: 1,
  Int16: 2,
  UInt16: 2,
  Int32: 3,
  UInt32: 3,
  Int64: 4,
  UInt64: 4,
};

/**
 * How well an argument fits a parameter type: higher is better. pwsh's real ranking is richer;
 * this one picks what pwsh picks for the overload sets tenantsh offers.
 */
function fit(arg: unknown, type: string): number {
  const v = unwrap(arg);
  if (type === 'object' || type === 'System.Object') return 2;
  if (
    type === 'System.Collections.IEnumerable' ||
    type === 'System.Collections.ICollection' ||
    type === 'System.Collections.IList'
  ) {
    return enumerableItems(v) !== null ? 6 : 0;
  }
  if (type === 'System.IFormatProvider')
    return v === null || v === undefined || typeNameOf(unwrap(v)) === 'System.Globalization.CultureInfo'
      ? 3
      : 0;
  // pwsh passes $null to a char overload before a string one ('abc'.Contains($null) is False).
  if (v === null || v === undefined)
    return type === 'char' ? 4 : numericSpecs[type] || type === 'bool' ? 1 : 3;
  const target = numericSpecs[type];
  if (target) {
    // pwsh parses a string argument as a Double when it may choose ([math]::Round('2.5')).
    if (!isNumber(v))
      return typeof v === 'string'
        ? target === 'Double'
          ? 2
          : 1
        : v instanceof PSChar || typeof v === 'boolean'
          ? 1
          : 0;
    const source = numericTypeOf(v);
    if (source === target) return 10;
    const sr = integralRank[source];
    const tr = integralRank[target];
    if (sr !== undefined && tr !== undefined) return tr >= sr ? 8 - (tr - sr) : 4;
    if (sr !== undefined) return target === 'Double' || target === 'Decimal' ? 7 : 5;
    if (source === 'Decimal') return target === 'Double' ? 5 : 3;
    if (source === 'Double' || source === 'Single')
      return target === 'Double' ? 9 : target === 'Decimal' ? 5 : 3;
    return 2;
  }
  switch (type) {
    case 'string':
      return typeof v === 'string' ? 10 : v instanceof PSChar ? 6 : 2;
    case 'char':
      return v instanceof PSChar ? 10 : typeof v === 'string' ? (v.length === 1 ? 7 : 0) : 1;
    case 'bool':
      return typeof v === 'boolean' ? 10 : 1;
    case 'datetime':
      return v instanceof DateTime ? 10 : typeof v === 'string' ? 2 : 0;
    case 'timespan':
      return v instanceof TimeSpan ? 10 : typeof v === 'string' ? 2 : 0;
    case 'hashtable':
    case 'System.Collections.IDictionary':
      return v instanceof PSHashtable ? 10 : 0;
    default:
      break;
  }
  if (type.endsWith('[]')) {
    if (Array.isArray(v) || v instanceof PSList) return 6;
    if (type === 'char[]' && typeof v === 'string') return 4;
    return 1;
  }
  const full = resolveType(type)?.fullName;
  if (full && enumInfo(full)) {
    if (v instanceof PSEnumValue) return v.typeName === full ? 10 : 2;
    return typeof v === 'string' ? 4 : isNumber(v) ? 3 : 0;
  }
  if (full && typeNameOf(v) === full) return 10;
  if (full && v instanceof PSException && exceptionDerivesFrom(v.typeName, full)) return 9;
  return 1;
}

/** The best overload for these arguments, or null when none takes that many. */
export function chooseOverload<T>(
  overloads: readonly Overload<T>[],
  args: readonly unknown[],
): Overload<T> | null {
  let best: Overload<T> | null = null;
  let bestScore = -Infinity;
  for (const o of overloads) {
    if (!acceptsCount(o as Overload<unknown>, args.length)) continue;
    let score = 0;
    args.forEach((a, i) => {
      const p = o.params[Math.min(i, o.params.length - 1)]!;
      if (p.byRef) score += a instanceof PSReference ? 10 : -100;
      else if (p.variadic) {
        const single =
          args.length === o.params.length && (Array.isArray(unwrap(a)) || unwrap(a) instanceof PSList);
        // A string given for `params char[]` is its characters ('xy'.TrimEnd('xy')).
        const chars = args.length === o.params.length && p.type === 'char[]' && typeof unwrap(a) === 'string';
        score += single ? 6 : chars ? 4 : fit(a, p.type.slice(0, -2)) - 1;
      } else score += fit(a, p.type);
    });
    // A variadic overload is the fallback when a fixed one fits as well.
    if (o.params[o.params.length - 1]?.variadic) score -= 0.5;
    if (score > bestScore) {
      best = o;
      bestScore = score;
    }
  }
  return best;
}
