/**
 * The range operator `a..b`: integers in either direction (bounds converted to Int32), or in
 * pwsh 7 a range of characters when both bounds are one-character strings.
 */
import { convertToNumeric } from '../convert/toNumber.js';
import { PSChar } from '../values/scalars.js';
import { OperatorError } from './OperatorError.js';

const MAX_RANGE = 50_000_000;

export function rangeOp(from: unknown, to: unknown): unknown[] {
  if (typeof from === 'string' && typeof to === 'string' && from.length === 1 && to.length === 1) {
    return charRange(from.charCodeAt(0), to.charCodeAt(0));
  }
  if (from instanceof PSChar && to instanceof PSChar) return charRange(from.code, to.code);
  const a = Number(convertToNumeric(from, 'Int32'));
  const b = Number(convertToNumeric(to, 'Int32'));
  const n = Math.abs(b - a) + 1;
  if (n > MAX_RANGE) {
    throw new OperatorError(`The range ${a}..${b} is too large: tenantsh builds at most ${MAX_RANGE} elements.`, 'RangeTooLarge');
  }
  const out = new Array<number>(n);
  const step = a <= b ? 1 : -1;
  for (let i = 0, v = a; i < n; i++, v += step) out[i] = v;
  return out;
}

function charRange(a: number, b: number): PSChar[] {
  const out: PSChar[] = [];
  const step = a <= b ? 1 : -1;
  for (let c = a; ; c += step) {
    out.push(new PSChar(c));
    if (c === b) break;
  }
  return out;
}
