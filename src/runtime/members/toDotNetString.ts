/**
 * `.ToString()` and `.ToString(format)` as .NET prints values, in the current culture. This differs
 * from PowerShell's `[string]` conversion (convert/toStringValue.ts): doubles print the shortest
 * round-trip text, collections print their type name, a PSCustomObject prints nothing.
 */
import { toStr } from '../convert/toStringValue.js';
import type { CultureInfo } from '../dotnet/culture.js';
import { DateTime } from '../dotnet/dateTime.js';
import { Decimal } from '../dotnet/decimal.js';
import { formatDecimal, formatDouble, formatInteger, formatSingle } from '../dotnet/numberFormat.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { PSException } from '../values/exceptions.js';
import { PSHashtable } from '../values/Hashtable.js';
import { isInt32, TypedNumber } from '../values/numbers.js';
import { PSList } from '../values/PSList.js';
import { PSObject } from '../values/PSObject.js';
import { PSEnumValue, PSGuid } from '../values/scalars.js';
import { PSType } from '../types/PSType.js';
import { currentCulture } from './culture.js';
import { formatError } from './DotNetError.js';

/** Guid.ToString(format): D (default), N, B, P, X. */
export function formatGuid(g: PSGuid, format: string | null): string {
  const d = g.text;
  switch ((format ?? 'D') || 'D') {
    case 'D':
    case 'd':
      return d;
    case 'N':
    case 'n':
      return d.replace(/-/g, '');
    case 'B':
    case 'b':
      return `{${d}}`;
    case 'P':
    case 'p':
      return `(${d})`;
    case 'X':
    case 'x': {
      const h = d.replace(/-/g, '');
      const bytes = (from: number, to: number): string[] => {
        const out: string[] = [];
        for (let i = from; i < to; i += 2) out.push('0x' + h.slice(i, i + 2));
        return out;
      };
      return `{0x${h.slice(0, 8)},0x${h.slice(8, 12)},0x${h.slice(12, 16)},{${bytes(16, 32).join(',')}}}`;
    }
    default:
      throw formatError('Format string can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".');
  }
}

/** Exception.ToString(): type, message and the inner exceptions. */
export function exceptionToString(e: PSException): string {
  let s = e.message ? `${e.typeName}: ${e.message}` : e.typeName;
  if (e.innerException)
    s += `\n ---> ${exceptionToString(e.innerException)}\n   --- End of inner exception stack trace ---`;
  return s;
}

function enumToString(e: PSEnumValue, format: string | null): string {
  switch (format?.toUpperCase()) {
    case 'D':
      return String(e.value);
    case 'X':
      return (e.value >>> 0).toString(16).toUpperCase().padStart(8, '0');
    default:
      return e.name;
  }
}

/** `$value.ToString()` / `$value.ToString(format)`; format null when none was given. */
export function toDotNetString(
  value: unknown,
  format: string | null = null,
  culture: CultureInfo = currentCulture(),
): string {
  const nf = culture.numberFormat;
  if (typeof value === 'number') {
    return isInt32(value) ? formatInteger(value, format, 'Int32', nf) : formatDouble(value, format, nf);
  }
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'bigint') return format ? formatInteger(value, format, 'Int64', nf) : value.toString();
  if (value instanceof TypedNumber) {
    if (value.type === 'Double') return formatDouble(value.toNumber(), format, nf);
    if (value.type === 'Single') return formatSingle(value.toNumber(), format, nf);
    return formatInteger(value.value, format, value.type, nf);
  }
  if (value instanceof Decimal) return formatDecimal(value, format, nf);
  if (value instanceof DateTime) return value.toString(format, culture);
  if (value instanceof TimeSpan) return value.toString(format, nf);
  if (value instanceof PSGuid) return formatGuid(value, format);
  if (value instanceof PSEnumValue) return enumToString(value, format);
  if (Array.isArray(value)) return 'System.Object[]';
  if (value instanceof PSList) return value.typeName;
  if (value instanceof PSHashtable) {
    return value.ordered
      ? 'System.Collections.Specialized.OrderedDictionary'
      : 'System.Collections.Hashtable';
  }
  if (value instanceof PSObject)
    return value.baseObject === null ? '' : toDotNetString(value.baseObject, format, culture);
  if (value instanceof PSType) return value.fullName;
  if (value instanceof PSException) return exceptionToString(value);
  return toStr(value);
}
