/**
 * The ordering Sort-Object, Group-Object, Compare-Object and Get-Unique use (pwsh's
 * ObjectCommandComparer): PowerShell's comparison of the two values, and when they cannot be
 * compared (a number against a word, two custom objects) a comparison of their string forms.
 * It never throws, so a mixed list still sorts.
 */
import { toStr } from '../../runtime/convert/toStringValue.js';
import { compareStrings, psCompare } from '../../runtime/operators/compare.js';
import { typeNameOf } from '../../runtime/types/typeNameOf.js';
import { PSObject } from '../../runtime/values/PSObject.js';

/** The string a value falls back to: .NET's ToString() of the base object. */
export function fallbackString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof PSObject) {
    // A PSCustomObject's base object prints as an empty string, so custom objects tie.
    return value.baseObject === null ? '' : fallbackString(value.baseObject);
  }
  if (Array.isArray(value)) return typeNameOf(value);
  return toStr(value);
}

/** Negative, zero or positive, as pwsh orders `a` against `b`. */
export function compareObjects(a: unknown, b: unknown, caseSensitive: boolean): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') {
    if (a === b) return 0;
    return compareStrings(a, b, caseSensitive);
  }
  if ((a === null || a === undefined) && (b === null || b === undefined)) return 0;
  try {
    return psCompare(a, b, caseSensitive);
  } catch {
    return compareStrings(fallbackString(a), fallbackString(b), caseSensitive);
  }
}

/** Compares two key lists element by element (the first difference decides). */
export function compareKeyLists(a: readonly unknown[], b: readonly unknown[], caseSensitive: boolean): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const r = compareObjects(a[i], b[i], caseSensitive);
    if (r !== 0) return r;
  }
  return a.length - b.length;
}
