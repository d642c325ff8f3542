/** The default comparer .NET's Sort uses, for the values scripts sort: numbers, strings, dates. */
import { DateTime } from '../dotnet/dateTime.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { toStr } from '../convert/toStringValue.js';
import { isNumber } from '../values/numbers.js';
import { compareNumbers } from './compareValues.js';
import { compareStrings } from './stringComparison.js';

export function compareAny(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (isNumber(a) && isNumber(b)) return compareNumbers(a, b);
  if (a instanceof DateTime && b instanceof DateTime) return a.compareTo(b);
  if (a instanceof TimeSpan && b instanceof TimeSpan) return a.compareTo(b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return compareStrings(toStr(a), toStr(b));
}
