/** A [long]/[int] parameter value (-TotalCount, -ReadCount) as a JS number. */
import { toStr } from '../../../runtime/convert/toStringValue.js';
import { isNumber, toDouble } from '../../../runtime/values/numbers.js';

export function countArgument(value: unknown, absent: number): number {
  if (value === undefined || value === null) return absent;
  return isNumber(value) ? toDouble(value) : Number(toStr(value));
}
