/** [Convert]: base-64, radix conversions and the ToXxx conversions with .NET's messages. */
import { ConversionError } from '../convert/ConversionError.js';
import { convertToNumeric } from '../convert/toNumber.js';
import { toBool } from '../convert/toBoolean.js';
import { parseDateTime } from '../dotnet/dateTime.js';
import { Decimal } from '../dotnet/decimal.js';
import { isNumber, type NumericType, type PSNumber } from '../values/numbers.js';
import { PSChar } from '../values/scalars.js';
import { big, num, str } from './args.js';
import { argumentError, DotNetError, formatError } from './DotNetError.js';
import { asByteArray, toBytes } from './encoding.js';
import { defineStatics } from './families.js';
import { parseNumber } from './parseNumbers.js';
import { toDotNetString } from './toDotNetString.js';

const BAD_BASE64 =
  'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.';

function fromBase64(text: string): TypedBytes {
  const t = text.replace(/[\s]/g, '');
  if (t.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(t)) throw formatError(BAD_BASE64);
  return asByteArray([...Buffer.from(t, 'base64')]);
}
type TypedBytes = ReturnType<typeof asByteArray>;

/** Convert.ToInt32(value) and friends: strings parse (format errors), numbers round to even. */
function toNumeric(v: unknown, type: NumericType): PSNumber {
  if (v === null) return convertToNumeric(0, type);
  if (typeof v === 'string') return parseNumber(v, type);
  try {
    return convertToNumeric(v, type);
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    if (isNumber(v))
      throw new DotNetError(
        'System.OverflowException',
        `Value was either too large or too small for ${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type}.`,
      );
    throw new DotNetError(
      'System.InvalidCastException',
      `Unable to cast object of type '${typeof v}' to type 'System.IConvertible'.`,
    );
  }
}

function parseRadix(text: string, base: number): bigint {
  if (![2, 8, 10, 16].includes(base)) throw argumentError('Invalid Base.', 'fromBase');
  const t = text.trim().replace(base === 16 ? /^0x/i : /^$/, '');
  const digits = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^-?\d+$/, 16: /^[0-9a-f]+$/i }[base as 2 | 8 | 10 | 16];
  if (!digits.test(t)) throw formatError('Could not find any recognizable digits.');
  return base === 10 ? BigInt(t) : BigInt((base === 16 ? '0x' : base === 8 ? '0o' : '0b') + t);
}

function toRadix(v: bigint, base: number, bits: number): string {
  if (![2, 8, 10, 16].includes(base)) throw argumentError('Invalid Base.', 'toBase');
  if (base === 10) return v.toString();
  return BigInt.asUintN(bits, v).toString(base);
}

const c = defineStatics('System.Convert').members;
c.method('string ToBase64String(byte[] inArray)', (_t, [b]) => Buffer.from(toBytes(b)).toString('base64'))
  .method('byte[] FromBase64String(string s)', (_t, [s]) => fromBase64(str(s) ?? ''))
  .method('int ToInt32(string value, int fromBase)', (_t, [s, b]) =>
    Number(BigInt.asIntN(32, parseRadix(str(s) ?? '', num(b)))),
  )
  .method('long ToInt64(string value, int fromBase)', (_t, [s, b]) =>
    convertToNumeric(BigInt.asIntN(64, parseRadix(str(s) ?? '', num(b))), 'Int64'),
  )
  .method('string ToString(int value, int toBase)', (_t, [v, b]) => toRadix(big(v), num(b), 32))
  .method('string ToString(long value, int toBase)', (_t, [v, b]) => toRadix(big(v), num(b), 64))
  .method('string ToString(System.Object value)', (_t, [v]) => (v === null ? '' : toDotNetString(v)))
  .method('bool ToBoolean(System.Object value)', (_t, [v]) => {
    if (typeof v === 'string') {
      const t = v.trim().toLowerCase();
      if (t === 'true' || t === 'false') return t === 'true';
      throw formatError(`String '${v}' was not recognized as a valid Boolean.`);
    }
    return toBool(v);
  })
  .method('char ToChar(System.Object value)', (_t, [v]) => {
    if (typeof v === 'string') {
      if (v.length !== 1) throw formatError('String must be exactly one character long.');
      return new PSChar(v.charCodeAt(0));
    }
    return new PSChar(num(toNumeric(v, 'UInt16')));
  })
  .method('datetime ToDateTime(System.Object value)', (_t, [v]) => parseDateTime(str(v) ?? ''))
  .method('decimal ToDecimal(System.Object value)', (_t, [v]) =>
    v instanceof Decimal ? v : toNumeric(v, 'Decimal'),
  );

for (const [name, type] of [
  ['Byte', 'Byte'],
  ['SByte', 'SByte'],
  ['Int16', 'Int16'],
  ['UInt16', 'UInt16'],
  ['Int32', 'Int32'],
  ['UInt32', 'UInt32'],
  ['Int64', 'Int64'],
  ['UInt64', 'UInt64'],
  ['Double', 'Double'],
  ['Single', 'Single'],
] as const) {
  c.method(`System.${name} To${name}(System.Object value)`, (_t, [v]) => toNumeric(v, type));
}
