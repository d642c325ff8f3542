/**
 * How String.Format ([string]::Format, StringBuilder.AppendFormat) turns one argument into text:
 * formattable values (numbers, dates, time spans, GUIDs, enums) honour the item's format string
 * in the current culture; anything else prints as it converts to string.
 */
import { toStr } from '../convert/toStringValue.js';
import { DateTime } from '../dotnet/dateTime.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { isNumber } from '../values/numbers.js';
import { PSObject } from '../values/PSObject.js';
import { PSEnumValue, PSGuid } from '../values/scalars.js';
import { toDotNetString } from './toDotNetString.js';

export function formatArgument(value: unknown, format: string | undefined): string {
  const v = value instanceof PSObject && value.baseObject !== null ? value.baseObject : value;
  if (v === null || v === undefined) return '';
  const fmt = format === undefined || format === '' ? null : format;
  if (
    isNumber(v) ||
    v instanceof DateTime ||
    v instanceof TimeSpan ||
    v instanceof PSGuid ||
    v instanceof PSEnumValue
  ) {
    return toDotNetString(v, fmt);
  }
  if (Array.isArray(v)) return 'System.Object[]';
  return toStr(v);
}
