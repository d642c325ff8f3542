/**
 * Arithmetic on two numbers with .NET's widening: Int32 overflows into Double, an Int64 (or
 * UInt32/UInt64) operand makes the result Int64 (Double on overflow), a Double or Single makes it
 * Double, and a Decimal makes it Decimal. Integer division that does not come out even gives a
 * Double, as pwsh's does.
 */
import { Decimal } from '../dotnet/decimal.js';
import { DotNetException } from '../dotnet/errors.js';
import {
  integralValue,
  isInt32,
  makeDouble,
  numericTypeOf,
  toDouble,
  TypedNumber,
  type PSNumber,
} from '../values/numbers.js';
import { OperatorError } from './OperatorError.js';

export type ArithOp = '+' | '-' | '*' | '/' | '%';

type Rank = 'Int32' | 'Int64' | 'Double' | 'Decimal' | 'BigInteger';

function rankOf(n: PSNumber): Rank {
  switch (numericTypeOf(n)) {
    case 'Double':
    case 'Single':
      return 'Double';
    case 'Decimal':
      return 'Decimal';
    case 'BigInteger':
      return 'BigInteger';
    case 'Int64':
    case 'UInt32':
    case 'UInt64':
      return 'Int64';
    default:
      return 'Int32';
  }
}

const order: Record<Rank, number> = { Int32: 0, Int64: 1, BigInteger: 2, Double: 3, Decimal: 4 };

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export const divideByZero = (): OperatorError =>
  new OperatorError('Attempted to divide by zero.', 'RuntimeException', 'System.DivideByZeroException');

function doubleOp(op: ArithOp, a: number, b: number): PSNumber {
  switch (op) {
    case '+':
      return makeDouble(a + b);
    case '-':
      return makeDouble(a - b);
    case '*':
      return makeDouble(a * b);
    case '/':
      return makeDouble(a / b);
    case '%':
      return makeDouble(a % b);
  }
}

function toDecimal(n: PSNumber): Decimal {
  if (n instanceof Decimal) return n;
  const iv = integralValue(n);
  return iv !== null ? Decimal.of(iv) : Decimal.fromDouble(toDouble(n));
}

function decimalOp(op: ArithOp, a: Decimal, b: Decimal): PSNumber {
  try {
    switch (op) {
      case '+':
        return a.add(b);
      case '-':
        return a.subtract(b);
      case '*':
        return a.multiply(b);
      case '/':
        return a.divide(b);
      case '%':
        return a.remainder(b);
    }
  } catch (e) {
    if (e instanceof DotNetException && e.dotnetType === 'System.DivideByZeroException') throw divideByZero();
    if (e instanceof DotNetException) throw new OperatorError(e.message, "RuntimeException", e.dotnetType);
    throw e;
  }
}

function bigOp(op: ArithOp, a: bigint, b: bigint): bigint {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0n) throw divideByZero();
      return a / b;
    case '%':
      if (b === 0n) throw divideByZero();
      return a % b;
  }
}

/** a op b for two numbers. */
export function numericOp(op: ArithOp, a: PSNumber, b: PSNumber): PSNumber {
  if (typeof a === 'number' && typeof b === 'number' && isInt32(a) && isInt32(b)) {
    return int32Op(op, a, b);
  }
  const ra = rankOf(a);
  const rb = rankOf(b);
  const rank = order[ra] >= order[rb] ? ra : rb;
  switch (rank) {
    case 'Double': {
      if (op === '/' || op === '%') {
        // .NET: double division by zero gives Infinity, but pwsh raises for integral divisors.
        const db = toDouble(b);
        if (db === 0 && rankOf(b) !== 'Double' && rankOf(a) !== 'Double') throw divideByZero();
      }
      return doubleOp(op, toDouble(a), toDouble(b));
    }
    case 'Decimal':
      return decimalOp(op, toDecimal(a), toDecimal(b));
    case 'BigInteger':
      return bigOp(op, integralValue(a) ?? BigInt(Math.trunc(toDouble(a))), integralValue(b) ?? BigInt(Math.trunc(toDouble(b))));
    case 'Int64': {
      const x = integralValue(a)!;
      const y = integralValue(b)!;
      if (op === '/') {
        if (y === 0n) throw divideByZero();
        if (x % y !== 0n) return makeDouble(Number(x) / Number(y));
      }
      const r = bigOp(op, x, y);
      if (r < INT64_MIN || r > INT64_MAX) return doubleOp(op, Number(x), Number(y));
      return new TypedNumber('Int64', r);
    }
    case 'Int32': {
      // Byte/Int16/... operands: compute as Int32.
      return int32Op(op, Number(integralValue(a)), Number(integralValue(b)));
    }
  }
}

function int32Op(op: ArithOp, a: number, b: number): PSNumber {
  let r: number;
  switch (op) {
    case '+':
      r = a + b;
      break;
    case '-':
      r = a - b;
      break;
    case '*':
      r = a * b;
      if (!Number.isSafeInteger(r)) return makeDouble(r);
      break;
    case '/':
      if (b === 0) throw divideByZero();
      r = a / b;
      return isInt32(r) ? r : makeDouble(r);
    case '%':
      if (b === 0) throw divideByZero();
      r = a % b;
      if (Object.is(r, -0)) r = 0;
      break;
  }
  // Int32 overflow widens to Double.
  return r;
}
