/**
 * IFormattable.ToString(format, culture) for the values PowerShell's `-f` and `.ToString(fmt)`
 * format: integers, doubles, singles, decimals, dates and time spans. Everything else (and a value
 * with no format) uses its culture-sensitive ToString().
 */
import { EN_US_WINDOWS, type CultureInfo } from '../dotnet/culture.js';
import { DateTime } from '../dotnet/dateTime.js';
import { Decimal } from '../dotnet/decimal.js';
import { doubleToDotNetString, singleToDotNetString } from '../dotnet/doubleToString.js';
import { formatDecimal, formatDouble, formatInteger, formatSingle, type IntegerType } from '../dotnet/numberFormat.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { isInt32, TypedNumber } from '../values/numbers.js';
import { PSObject } from '../values/PSObject.js';
import { PSEnumValue } from '../values/scalars.js';
import { toStr } from './toStringValue.js';

/** The culture tenantsh formats with: en-US as on Windows, where admin scripts run. */
export const CURRENT_CULTURE: CultureInfo = EN_US_WINDOWS;

export function formatValue(value: unknown, format: string | undefined, culture: CultureInfo = CURRENT_CULTURE): string {
  const v = value instanceof PSObject && value.baseObject !== null ? value.baseObject : value;
  const fmt = format === '' ? undefined : format;
  const nf = culture.numberFormat;
  if (typeof v === 'number') {
    if (isInt32(v)) return formatInteger(v, fmt, 'Int32', nf);
    return fmt === undefined ? doubleToDotNetString(v, culture) : formatDouble(v, fmt, nf);
  }
  if (v instanceof TypedNumber) {
    if (v.type === 'Double') return fmt === undefined ? doubleToDotNetString(v.value as number, culture) : formatDouble(v.value as number, fmt, nf);
    if (v.type === 'Single') return fmt === undefined ? singleToDotNetString(v.value as number, culture) : formatSingle(v.value as number, fmt, nf);
    return formatInteger(v.value, fmt, v.type as IntegerType, nf);
  }
  if (typeof v === 'bigint') return formatInteger(v, fmt, undefined, nf);
  if (v instanceof Decimal) return formatDecimal(v, fmt, nf);
  if (v instanceof DateTime) return v.toString(fmt ?? null, culture);
  if (v instanceof TimeSpan) return v.toString(fmt ?? null, nf);
  if (v instanceof PSEnumValue && fmt !== undefined) {
    const f = fmt.toLowerCase();
    if (f === 'd') return String(v.value);
    if (f === 'x') return v.value.toString(16).toUpperCase().padStart(8, '0');
    return v.name;
  }
  return toStr(value);
}
