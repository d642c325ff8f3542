/**
 * Numeric literals (about_Numeric_Literals): type suffixes (l, d, u, ul, y, uy, s, us, n),
 * multipliers (kb..pb), hex and binary, and the type pwsh gives a literal without a suffix:
 * int if it fits, else long, else decimal, else double; a literal with `.` or `e` is a double.
 */
import type { NumberType } from './ast.js';

const multipliers: Record<string, bigint> = {
  kb: 1024n, mb: 1024n ** 2n, gb: 1024n ** 3n, tb: 1024n ** 4n, pb: 1024n ** 5n,
};

const suffixTypes: Record<string, NumberType> = {
  l: 'long', d: 'decimal', u: 'uint', ul: 'ulong', lu: 'ulong', y: 'sbyte', uy: 'byte', s: 'short', us: 'ushort', n: 'bigint',
};

const INT_MAX = 2147483647n;
const LONG_MAX = 9223372036854775807n;

export interface NumberValue {
  value: number | bigint | string;
  numberType: NumberType;
}

/** The value of a literal such as `1GB`, `0x1F`, `10d`, `-5`, `1.5e3`; null when it is not one. */
export function numberLiteralValue(text: string): NumberValue | null {
  let s = text.toLowerCase().replace(/[\u2013\u2014\u2015]/g, '-');
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  const m = /^(0x[0-9a-f]+|0b[01]+|(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)(ul|lu|uy|us|u|l|d|y|s|n)?(kb|mb|gb|tb|pb)?$/.exec(s);
  if (!m) return null;
  const [, digits, suffix, multiplier] = m as unknown as [string, string, string | undefined, string | undefined];
  const factor = multiplier ? multipliers[multiplier]! : 1n;
  const isHex = digits.startsWith('0x');
  const isBinary = digits.startsWith('0b');
  const isReal = !isHex && !isBinary && /[.e]/.test(digits);
  const explicit = suffix ? suffixTypes[suffix]! : undefined;

  if (explicit === 'decimal') {
    // Kept as text: the runtime's decimal type reads it exactly (1.50d keeps its scale). With a
    // multiplier (1.5kbd, rare) the product goes through a double.
    const scaled = factor === 1n ? digits : scaleDecimalText(digits, factor);
    return { value: (negative ? '-' : '') + scaled, numberType: 'decimal' };
  }
  if (isReal) {
    const v = Number(digits) * Number(factor);
    return { value: negative ? -v : v, numberType: 'double' };
  }
  let big = BigInt(digits); // BigInt reads 0x and 0b itself
  // A hex literal that fills 32 (or 64) bits is negative, as in pwsh: 0xFFFFFFFF is -1.
  if (isHex && !explicit) {
    if (big > INT_MAX && big <= 0xffffffffn) big -= 0x100000000n;
    else if (big > LONG_MAX && big <= 0xffffffffffffffffn) big -= 0x10000000000000000n;
  } else if (isHex && explicit) {
    // 0xFFFEs is -2 and 0xFFy is -1: a hex literal fills the bits of its signed type.
    const bits = { short: 16n, sbyte: 8n, long: 64n } as Record<string, bigint>;
    const b = bits[explicit];
    if (b !== undefined && big >= 1n << (b - 1n) && big < 1n << b) big -= 1n << b;
  }
  big *= factor;
  if (negative) big = -big;
  if (explicit) return { value: fits53(big) ? Number(big) : big, numberType: explicit };
  if (big >= -INT_MAX - 1n && big <= INT_MAX) return { value: Number(big), numberType: 'int' };
  if (big >= -LONG_MAX - 1n && big <= LONG_MAX) return { value: fits53(big) ? Number(big) : big, numberType: 'long' };
  if (big.toString().length <= 28) return { value: big.toString(), numberType: 'decimal' };
  return { value: Number(big), numberType: 'double' };
}

function fits53(n: bigint): boolean {
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER);
}

/** `2.50` times 1024 as exact decimal text ("2560.00"): a decimal literal keeps its scale. */
function scaleDecimalText(digits: string, factor: bigint): string {
  const dot = digits.indexOf('.');
  if (dot < 0 || /e/i.test(digits)) return (Number(digits) * Number(factor)).toString();
  const scale = digits.length - dot - 1;
  const coefficient = BigInt(digits.replace('.', '') || '0') * factor;
  const text = coefficient.toString().padStart(scale + 1, '0');
  return scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
}
