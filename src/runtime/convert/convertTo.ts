/**
 * [type]$value: PowerShell's conversion to a named type (LanguagePrimitives.ConvertTo). Conversions
 * tenantsh does not know raise pwsh's "Cannot convert the ... value of type ... to type ..." text.
 * Types whose construction needs the members layer (regex, StringBuilder, ...) are converted by
 * functions registered with `registerConverter`.
 */
import { DateTime, parseDateTime } from '../dotnet/dateTime.js';
import { Decimal } from '../dotnet/decimal.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { PSHashtable } from '../values/Hashtable.js';
import { isNumber, toDouble, type NumericType } from '../values/numbers.js';
import { PSList } from '../values/PSList.js';
import { PSObject } from '../values/PSObject.js';
import {
  PSChar,
  PSCredential,
  PSEnumValue,
  PSGuid,
  PSReference,
  SecureString,
  SwitchParameter,
} from '../values/scalars.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import { ErrorRecord, exceptionDerivesFrom, isKnownExceptionType, PSException } from '../values/exceptions.js';
import { enumerableItems } from '../values/enumerate.js';
import { tagArray } from '../values/typedArrays.js';
import { PSType } from '../types/PSType.js';
import { genericDefinition, resolveType } from '../types/registry.js';
import { typeNameOf } from '../types/typeNameOf.js';
import { ConversionError } from './ConversionError.js';
import { asNumber, convertToNumeric } from './toNumber.js';
import { toBool } from './toBoolean.js';
import { toStr } from './toStringValue.js';

const numericTypeEntries: Record<string, NumericType> = {
  'System.SByte': 'SByte',
  'System.Byte': 'Byte',
  'System.Int16': 'Int16',
  'System.UInt16': 'UInt16',
  'System.Int32': 'Int32',
  'System.UInt32': 'UInt32',
  'System.Int64': 'Int64',
  'System.UInt64': 'UInt64',
  'System.Single': 'Single',
  'System.Double': 'Double',
  'System.Decimal': 'Decimal',
  'System.Numerics.BigInteger': 'BigInteger',
};

/** A Map: type names come from scripts and must never reach Object.prototype. */
const numericTypes = new Map<string, NumericType>(Object.entries(numericTypeEntries));

export type Converter = (value: unknown, type: PSType) => unknown;
const converters = new Map<string, Converter>();

/** Lets a members module own the conversion to its type (e.g. [regex]'a+'). */
export function registerConverter(fullName: string, converter: Converter): void {
  converters.set(fullName, converter);
}

/** Enum types: full name -> member names and values. */
const enums = new Map<string, { names: string[]; values: number[]; flags: boolean }>();

export function registerEnum(fullName: string, members: Record<string, number> | readonly (readonly [string, number])[], flags = false): void {
  const entries = Array.isArray(members) ? members : Object.entries(members);
  enums.set(fullName, { names: entries.map((e) => e[0]), values: entries.map((e) => e[1]), flags });
}

export function enumInfo(fullName: string): { names: string[]; values: number[]; flags: boolean } | undefined {
  return enums.get(fullName);
}

export function cannotConvert(value: unknown, type: PSType | string): ConversionError {
  const target = typeof type === 'string' ? type : type.fullName;
  const tn = typeNameOf(value);
  return new ConversionError(`Cannot convert the "${toStr(value)}" value of type "${tn}" to type "${target}".`);
}

function parseError(value: unknown, target: string, message: string): ConversionError {
  return new ConversionError(`Cannot convert value "${toStr(value)}" to type "${target}". Error: "${message}"`);
}

function unwrap(value: unknown): unknown {
  return value instanceof PSObject && value.baseObject !== null ? value.baseObject : value;
}

/** Converts `value` to `type` (a PSType or a type name as written in a script). */
export function convertTo(value: unknown, type: PSType | string): unknown {
  let t: PSType | null;
  if (typeof type === 'string') {
    t = resolveType(type);
    if (!t) throw new ConversionError(`Unable to find type [${type}].`, 'System.Management.Automation.RuntimeException');
  } else t = type;
  return convertToType(value, t);
}

export function convertToType(value: unknown, t: PSType): unknown {
  const full = t.fullName;
  if (full === 'System.Object') return value;
  if (t.elementType) return convertToArray(value, t.elementType);
  const v = unwrap(value);
  const numeric = numericTypes.get(full);
  if (numeric) {
    if (v instanceof PSEnumValue) return convertToNumeric(v.value, numeric);
    return convertToNumeric(v, numeric);
  }
  switch (full) {
    case 'System.String':
      return value === null || value === undefined ? '' : toStr(value);
    case 'System.Boolean':
      if (isNumber(v) || typeof v === 'boolean' || typeof v === 'string' || v === null) return toBool(v);
      return toBool(value);
    case 'System.Management.Automation.SwitchParameter':
      return SwitchParameter.of(toBool(v));
    case 'System.Char':
      return toChar(v);
    case 'System.Management.Automation.PSObject':
      // [psobject]$x wraps without changing what the value is ([psobject]@{} is still a Hashtable).
      return value;
    case 'System.Management.Automation.PSCustomObject':
      if (v instanceof PSHashtable) return hashtableToObject(v);
      throw cannotConvert(value, t);
    case 'System.DateTime':
      return toDateTime(v);
    case 'System.TimeSpan':
      return toTimeSpan(v);
    case 'System.Guid':
      if (v instanceof PSGuid) return v;
      if (typeof v === 'string') return parseGuid(v);
      throw cannotConvert(value, t);
    case 'System.Collections.Hashtable':
    case 'System.Collections.IDictionary':
      if (v instanceof PSHashtable) return v;
      if (v === null) return null;
      throw cannotConvert(value, t);
    case 'System.Collections.Specialized.OrderedDictionary':
      if (v instanceof PSHashtable && v.ordered) return v;
      throw cannotConvert(value, t);
    case 'System.Management.Automation.ScriptBlock':
      if (v instanceof ScriptBlockValue || v === null) return v;
      throw cannotConvert(value, t);
    case 'System.Security.SecureString':
      if (v instanceof SecureString || v === null) return v;
      throw cannotConvert(value, t);
    case 'System.Management.Automation.PSCredential':
      if (v instanceof PSCredential || v === null) return v;
      throw cannotConvert(value, t);
    case 'System.Management.Automation.PSReference':
      if (v instanceof PSReference) return v;
      return new PSReference(
        () => value,
        () => undefined,
      );
    case 'System.Array':
      return enumerableItems(v) ?? (v === null ? null : [v]);
    case 'System.Management.Automation.ErrorRecord':
      if (v instanceof ErrorRecord) return v;
      throw cannotConvert(value, t);
    case 'System.Type':
      if (v instanceof PSType) return v;
      if (typeof v === 'string') {
        const r = resolveType(v);
        if (r) return r;
        throw cannotConvert(v, t);
      }
      throw cannotConvert(value, t);
    case 'System.Void':
      return null;
    case 'System.Collections.ArrayList':
      return new PSList('System.Collections.ArrayList', null, v === null ? [] : [...(enumerableItems(v) ?? [v])]);
    default:
      break;
  }
  const custom = converters.get(genericDefinition(t)) ?? converters.get(full);
  if (custom) return custom(value, t);
  const en = enums.get(full);
  if (en) return toEnum(v, full, en);
  if (genericDefinition(t) === 'System.Collections.Generic.List`1') {
    const el = t.typeArguments[0]!;
    const items = v === null ? [] : (enumerableItems(v) ?? [v]);
    return new PSList(full, el.fullName, items.map((i) => convertToType(i, el)));
  }
  if (isKnownExceptionType(full) && v instanceof PSException && exceptionDerivesFrom(v.typeName, full)) return v;
  // [System.InvalidOperationException]'text' constructs the exception with that message.
  if (isKnownExceptionType(full) && typeof v === 'string') return new PSException(full, v);
  if (typeNameOf(v) === full) return v;
  throw cannotConvert(value, t);
}

function convertToArray(value: unknown, element: PSType): unknown[] | null {
  if (value === null || value === undefined) return null;
  // A string becomes its characters when converted to [char[]].
  if (typeof value === 'string' && element.fullName === 'System.Char') return tagArray([...value].map((c) => new PSChar(c.charCodeAt(0))), element);
  const items = enumerableItems(value) ?? [value];
  return tagArray(items.map((i) => convertToType(i, element)), element);
}

function hashtableToObject(h: PSHashtable): PSObject {
  const o = new PSObject();
  for (const [k, v] of h.pairs()) o.setNote(toStr(k), v);
  return o;
}

function toChar(v: unknown): PSChar {
  if (v instanceof PSChar) return v;
  if (typeof v === 'string') {
    if (v.length !== 1) throw parseError(v, 'System.Char', 'String must be exactly one character long.');
    return new PSChar(v.charCodeAt(0));
  }
  const n = asNumber(v);
  if (n !== null && v !== null && typeof v !== 'boolean') {
    return new PSChar(toDouble(convertToNumeric(n, 'UInt16')));
  }
  throw cannotConvert(v, 'System.Char');
}

function toDateTime(v: unknown): DateTime {
  if (v instanceof DateTime) return v;
  if (typeof v === 'string') {
    try {
      return parseDateTime(v);
    } catch (e) {
      throw parseError(v, 'System.DateTime', (e as Error).message);
    }
  }
  if (isNumber(v)) {
    const n = asNumber(v);
    if (n !== null && !(n instanceof Decimal)) return new DateTime(BigInt(Math.trunc(Number(n))));
  }
  throw cannotConvert(v, 'System.DateTime');
}

function toTimeSpan(v: unknown): TimeSpan {
  if (v instanceof TimeSpan) return v;
  if (typeof v === 'string') {
    const parsed = parseTimeSpan(v);
    if (parsed) return parsed;
    throw parseError(v, 'System.TimeSpan', `String '${v}' was not recognized as a valid TimeSpan.`);
  }
  if (isNumber(v)) return TimeSpan.fromTicks(BigInt(Math.trunc(Number(asNumber(v)))));
  throw cannotConvert(v, 'System.TimeSpan');
}

/** TimeSpan.Parse: [-][d.]hh:mm[:ss[.fffffff]] or a whole number of days. */
export function parseTimeSpan(text: string): TimeSpan | null {
  const m = /^\s*(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?\s*$/.exec(text);
  if (!m) {
    const d = /^\s*(-)?(\d+)\s*$/.exec(text);
    if (!d) return null;
    const days = TimeSpan.fromDays(Number(d[2]));
    return d[1] ? days.negate() : days;
  }
  const [, neg, days, h, mi, s, frac] = m;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
  const ticks =
    BigInt(days ?? 0) * 864_000_000_000n +
    BigInt(h!) * 36_000_000_000n +
    BigInt(mi!) * 600_000_000n +
    BigInt(s ?? 0) * 10_000_000n +
    BigInt((frac ?? '').padEnd(7, '0') || '0');
  return TimeSpan.fromTicks(neg ? -ticks : ticks);
}

export function parseGuid(text: string): PSGuid {
  const s = text.trim().replace(/^[{(]|[})]$/g, '');
  if (/^[0-9a-f]{32}$/i.test(s)) {
    const h = s.toLowerCase();
    return new PSGuid(`${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`);
  }
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s)) return new PSGuid(s.toLowerCase());
  throw parseError(text, 'System.Guid', 'Unrecognized Guid format.');
}

function toEnum(v: unknown, full: string, en: { names: string[]; values: number[]; flags: boolean }): PSEnumValue {
  if (v instanceof PSEnumValue && v.typeName === full) return v;
  if (typeof v === 'string') {
    const parts = v.split(',').map((p) => p.trim());
    let total = 0;
    const names: string[] = [];
    for (const p of parts) {
      const i = en.names.findIndex((n) => n.toLowerCase() === p.toLowerCase());
      if (i < 0) {
        throw new ConversionError(
          `Cannot convert value "${v}" to type "${full}". Error: "Unable to match the identifier name ${p} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${en.names.join(', ')}"`,
        );
      }
      total |= en.values[i]!;
      names.push(en.names[i]!);
    }
    return new PSEnumValue(full, names.join(', '), total);
  }
  const n = asNumber(v);
  if (n !== null && v !== null) {
    const num = Number(n);
    const i = en.values.indexOf(num);
    return new PSEnumValue(full, i >= 0 ? en.names[i]! : String(num), num);
  }
  throw cannotConvert(v, full);
}
