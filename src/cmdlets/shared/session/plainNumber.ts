/** A bound numeric parameter ([long], [double], [object]) as a JS number, NaN when it is not one. */
import { asNumber } from '../../../runtime/convert/toNumber.js';
import { TypedNumber } from '../../../runtime/values/numbers.js';
import { toStr } from '../../../runtime/convert/toStringValue.js';

export function plainNumber(value: unknown): number {
  const n = asNumber(typeof value === 'string' ? Number(value) : value);
  if (n === null) return Number.NaN;
  if (typeof n === 'number') return n;
  if (n instanceof TypedNumber) return Number(n.value);
  return Number(toStr(n));
}
