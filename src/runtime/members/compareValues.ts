/** Ordering of numbers of any .NET numeric type, exactly for integers and decimals. */
import { Decimal } from '../dotnet/decimal.js';
import { integralValue, toDouble, type PSNumber } from '../values/numbers.js';

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

export function compareNumbers(a: PSNumber, b: PSNumber): number {
  const ai = integralValue(a);
  const bi = integralValue(b);
  if (ai !== null && bi !== null) return ai < bi ? -1 : ai > bi ? 1 : 0;
  if (a instanceof Decimal || b instanceof Decimal) {
    const da = a instanceof Decimal ? a : Decimal.of(ai ?? toDouble(a));
    const db = b instanceof Decimal ? b : Decimal.of(bi ?? toDouble(b));
    return sign(da.compareTo(db));
  }
  const x = toDouble(a);
  const y = toDouble(b);
  // .NET orders NaN before every other double.
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : -1) : 1;
  return sign(x - y);
}
