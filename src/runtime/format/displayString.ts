/**
 * How the formatter turns one value into the text of a table cell, a list value or a line of its
 * own. This is not `[string]$x`: numbers and dates use the display culture, a collection shows
 * `{a, b, c, d…}` (at most $FormatEnumerationLimit elements), a table shows floating-point
 * numbers with the culture's default number of decimals ("F"), and a nested hashtable shows its
 * entries (`{[a, 1]}`).
 */
import { DateTime, formatDateTime } from '../dotnet/dateTime.js';
import { Decimal } from '../dotnet/decimal.js';
import { doubleToPsOutput, singleToPsOutput } from '../dotnet/doubleToString.js';
import { formatDecimal, formatDouble, formatSingle } from '../dotnet/numberFormat.js';
import type { CultureInfo } from '../dotnet/culture.js';
import { customObjectString, toStr } from '../convert/toStringValue.js';
import { PSHashtable } from '../values/Hashtable.js';
import { isInt32, TypedNumber } from '../values/numbers.js';
import { PSList } from '../values/PSList.js';
import { PSObject } from '../values/PSObject.js';
import { PSChar, PSEnumValue, SecureString } from '../values/scalars.js';
import { DictionaryEntry } from './DictionaryEntry.js';

/** pwsh's default $FormatEnumerationLimit. */
export const DEFAULT_ENUMERATION_LIMIT = 4;

export interface DisplayOptions {
  readonly culture: CultureInfo;
  /** $FormatEnumerationLimit: elements shown before `…` (negative: all). */
  readonly enumerationLimit: number;
}

/**
 * Types pwsh prints as a bare line (ToString) and right-aligns in auto-generated tables: its
 * DefaultScalarTypes list (string, the numeric types, char, bool, enums, SecureString).
 */
export function isScalar(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
      return true;
    default:
      break;
  }
  return (
    value instanceof TypedNumber ||
    value instanceof Decimal ||
    value instanceof PSChar ||
    value instanceof PSEnumValue ||
    value instanceof SecureString ||
    (value instanceof PSObject && value.baseObject !== null && isScalar(value.baseObject))
  );
}

/** Scalars other than strings: the values an auto-generated table right-aligns. */
export function isRightAligned(value: unknown): boolean {
  const base = value instanceof PSObject && value.baseObject !== null ? value.baseObject : value;
  return typeof base !== 'string' && isScalar(base);
}

/** A scalar written on a line of its own (`5`, `1.5`, `True`, `Monday`). */
export function scalarLine(value: unknown, options: DisplayOptions): string {
  if (typeof value === 'number') {
    return isInt32(value) ? String(value) : doubleToPsOutput(value, options.culture);
  }
  if (value instanceof TypedNumber) {
    if (value.type === 'Double') return doubleToPsOutput(value.toNumber(), options.culture);
    if (value.type === 'Single') return singleToPsOutput(value.toNumber(), options.culture);
  }
  if (value instanceof Decimal) return value.toString(null, options.culture.numberFormat);
  if (value instanceof DateTime) return formatDateTime(value, 'G', options.culture);
  if (value instanceof PSObject && value.baseObject !== null) return scalarLine(value.baseObject, options);
  return toStr(value);
}

/** The text of a table cell: as a list value, but floating-point numbers use format "F". */
export function tableCellText(value: unknown, options: DisplayOptions): string {
  const base = value instanceof PSObject && value.baseObject !== null ? value.baseObject : value;
  const nf = options.culture.numberFormat;
  if (typeof base === 'number' && !isInt32(base)) return formatDouble(base, 'F', nf);
  if (base instanceof TypedNumber && base.type === 'Double') return formatDouble(base.toNumber(), 'F', nf);
  if (base instanceof TypedNumber && base.type === 'Single') return formatSingle(base.toNumber(), 'F', nf);
  if (base instanceof Decimal) return formatDecimal(base, 'F', nf);
  return fieldText(value, options);
}

/** The text of a list value, a wide item or a group label. */
export function fieldText(value: unknown, options: DisplayOptions): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return collectionText(value, options);
  if (value instanceof PSList) return collectionText(value.items, options);
  if (value instanceof PSHashtable) {
    return collectionText(
      [...value.pairs()].map(([k, v]) => new DictionaryEntry(k, v)),
      options,
    );
  }
  return elementText(value, options);
}

/** One element of a displayed collection (nested collections show their type name). */
function elementText(value: unknown, options: DisplayOptions): string {
  if (value instanceof DictionaryEntry) return `[${toStr(value.key)}, ${elementText(value.value, options)}]`;
  if (value instanceof PSObject && value.isCustomObject) return customObjectString(value);
  if (value instanceof PSHashtable) return toStr(value);
  if (Array.isArray(value) || value instanceof PSList) return toStr([value]);
  return scalarLine(value, options);
}

function collectionText(items: readonly unknown[], options: DisplayOptions): string {
  const limit = options.enumerationLimit;
  const shown = limit < 0 ? items : items.slice(0, limit);
  const text = shown.map((e) => elementText(e, options)).join(', ');
  return '{' + text + (shown.length < items.length ? '…' : '') + '}';
}
