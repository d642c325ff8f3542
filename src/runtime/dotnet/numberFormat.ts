// .NET numeric formatting: standard format strings (C D E F G N P R X with a precision)
// and custom format strings ("#,##0.00;(#,##0.00);zero" ...), for integers (number or
// bigint, with their .NET type), doubles, singles and decimals.  A port of the logic
// in System.Number.Formatting (.NET 8+), so rounding follows .NET Core 3.0+:
//  - standard formats on double/single are correctly rounded from the exact binary
//    value, ties to even (0.125.ToString("F2") is "0.12", 2.5 "F0" is "2");
//  - custom formats on double first take 15 significant digits (7 for single) and then
//    round half away from zero (1.005 "0.00" is "1.01", 2.5 "0" is "3");
//  - integers and decimals round half away from zero in every format.

import { EN_US, type NumberFormatInfo } from './culture.js';
import { FormatException, Messages } from './errors.js';

export type IntegerType = 'SByte' | 'Byte' | 'Int16' | 'UInt16' | 'Int32' | 'UInt32' | 'Int64' | 'UInt64';

export type NumberKind = 'integer' | 'decimal' | 'float';

/** .NET's NumberBuffer: value = 0.d1d2d3... x 10^scale. */
export interface NumberBuffer {
  /** Significant digits ('0'-'9'), '' for zero. */
  digits: string;
  scale: number;
  negative: boolean;
  kind: NumberKind;
}

/** The parts of a System.Decimal the formatter needs (see decimal.ts). */
export interface DecimalParts {
  /** Absolute value of the 96-bit integer mantissa. */
  readonly coefficient: bigint;
  /** Power of ten the coefficient is divided by, 0..28. */
  readonly scale: number;
  readonly negative: boolean;
}

const INTEGER_BITS: Record<IntegerType, { bits: number; signed: boolean }> = {
  SByte: { bits: 8, signed: true },
  Byte: { bits: 8, signed: false },
  Int16: { bits: 16, signed: true },
  UInt16: { bits: 16, signed: false },
  Int32: { bits: 32, signed: true },
  UInt32: { bits: 32, signed: false },
  Int64: { bits: 64, signed: true },
  UInt64: { bits: 64, signed: false },
};

// ---------------------------------------------------------------------------------
// Format specifier parsing

/**
 * Number.ParseFormatSpecifier: returns the standard format letter and its precision
 * (-1 when absent), or '\0' for a custom format.  An empty format is "G".
 */
export function parseFormatSpecifier(format: string | null | undefined): { fmt: string; precision: number } {
  const f = format ?? '';
  if (f.length === 0) return { fmt: 'G', precision: -1 };
  const c = f[0]!;
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
    let i = 1;
    let n = 0;
    while (i < f.length && f[i]! >= '0' && f[i]! <= '9') {
      n = n * 10 + (f.charCodeAt(i) - 48);
      if (n > 999_999_999) throw new FormatException(Messages.badFormatSpecifier);
      i++;
    }
    if (i === f.length || f[i] === '\0') return { fmt: c, precision: i === 1 ? -1 : n };
  }
  if (c === '\0') return { fmt: 'G', precision: -1 };
  return { fmt: '\0', precision: -1 };
}

// ---------------------------------------------------------------------------------
// Digit generation

/** Exact decimal expansion of a finite, non-zero double's magnitude. */
export function exactDigits(value: number): { digits: string; scale: number } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(value));
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) {
    exponent = -1074;
  } else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  if (mantissa === 0n) return { digits: '', scale: 0 };
  let digits: string;
  let scale: number;
  if (exponent >= 0) {
    digits = (mantissa << BigInt(exponent)).toString();
    scale = digits.length;
  } else {
    digits = (mantissa * 5n ** BigInt(-exponent)).toString();
    scale = digits.length + exponent;
  }
  return { digits: digits.replace(/0+$/, ''), scale };
}

/**
 * Rounds an exact digit string to `count` digits, ties to even (what .NET's Dragon4
 * does for standard formats).  count may be 0 or negative.
 */
function roundDigitsHalfEven(
  digits: string,
  scale: number,
  count: number,
): { digits: string; scale: number } {
  if (count >= digits.length) return { digits, scale };
  if (count < 0) return { digits: '', scale: 0 };
  const next = digits.charCodeAt(count) - 48;
  const restNonZero = /[1-9]/.test(digits.slice(count + 1));
  const prev = count > 0 ? digits.charCodeAt(count - 1) - 48 : 0;
  const up = next > 5 || (next === 5 && (restNonZero || prev % 2 === 1));
  let kept = digits.slice(0, count);
  if (up) {
    const r = incrementDigits(kept);
    kept = r.digits;
    if (r.carry) scale++;
  }
  kept = kept.replace(/0+$/, '');
  return { digits: kept, scale: kept.length === 0 ? 0 : scale };
}

function incrementDigits(d: string): { digits: string; carry: boolean } {
  const a = d.split('');
  let i = a.length - 1;
  while (i >= 0 && a[i] === '9') {
    a[i] = '0';
    i--;
  }
  if (i < 0) return { digits: '1' + a.join(''), carry: true };
  a[i] = String.fromCharCode(a[i]!.charCodeAt(0) + 1);
  return { digits: a.join(''), carry: false };
}

/** Shortest round-trip digits of a finite, non-zero double (as .NET's "R"). */
function shortestDoubleDigits(value: number): { digits: string; scale: number } {
  return parseExponential(Math.abs(value).toExponential());
}

function parseExponential(s: string): { digits: string; scale: number } {
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) throw new Error(`unexpected exponential form ${s}`);
  const digits = (m[1]! + (m[2] ?? '')).replace(/0+$/, '');
  return { digits, scale: Number(m[3]) + 1 };
}

/** Shortest digits that round-trip through a float32. */
function shortestSingleDigits(value: number): { digits: string; scale: number } {
  const f = Math.fround(Math.abs(value));
  for (let p = 1; p <= 9; p++) {
    const s = f.toExponential(p - 1);
    if (Math.fround(Number(s)) === f) return parseExponential(s);
  }
  return parseExponential(f.toExponential(8));
}

/**
 * The digits .NET's Dragon4/Grisu produce for a double or single.  precision -1 asks
 * for the shortest round-trip string; otherwise `significant` selects significant
 * digits versus digits after the decimal point.
 */
function floatToNumber(
  value: number,
  precision: number,
  significant: boolean,
  single: boolean,
): NumberBuffer {
  const negative = value < 0 || Object.is(value, -0);
  if (value === 0) return { digits: '', scale: 0, negative, kind: 'float' };
  if (precision === -1) {
    const r = single ? shortestSingleDigits(value) : shortestDoubleDigits(value);
    return { ...r, negative, kind: 'float' };
  }
  const exact = exactDigits(single ? Math.fround(value) : value);
  const count = significant ? precision : exact.scale + precision;
  const r = roundDigitsHalfEven(exact.digits, exact.scale, count);
  return { digits: r.digits, scale: r.scale, negative, kind: 'float' };
}

export function integerToNumber(value: bigint): NumberBuffer {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString();
  if (digits === '0') return { digits: '', scale: 0, negative: false, kind: 'integer' };
  return { digits, scale: digits.length, negative, kind: 'integer' };
}

export function decimalToNumber(d: DecimalParts): NumberBuffer {
  const digits = d.coefficient === 0n ? '' : d.coefficient.toString();
  return { digits, scale: digits.length - d.scale, negative: d.negative, kind: 'decimal' };
}

// ---------------------------------------------------------------------------------
// Public entry points

/** Integer.ToString(format): value is a JS number (integral) or bigint of the given .NET type. */
export function formatInteger(
  value: number | bigint,
  format?: string | null,
  type?: IntegerType,
  info: NumberFormatInfo = EN_US.numberFormat,
): string {
  const v = typeof value === 'bigint' ? value : BigInt(Math.trunc(value));
  const t = type ?? defaultIntegerType(v);
  const { fmt, precision } = parseFormatSpecifier(format);
  const upper = fmt.toUpperCase();
  if ((upper === 'G' && precision < 1) || upper === 'D' || upper === 'R') {
    const digits = (v < 0n ? -v : v).toString().padStart(upper === 'D' ? Math.max(precision, 1) : 1, '0');
    return v < 0n ? info.negativeSign + digits : digits;
  }
  if (upper === 'X') {
    const { bits } = INTEGER_BITS[t];
    const masked = BigInt.asUintN(bits, v);
    const hex = masked.toString(16);
    return (fmt === 'X' ? hex.toUpperCase() : hex).padStart(Math.max(precision, 1), '0');
  }
  const number = integerToNumber(v);
  return fmt !== '\0'
    ? numberToString(number, fmt, precision, info)
    : numberToStringFormat(number, format ?? '', info);
}

function defaultIntegerType(v: bigint): IntegerType {
  if (v >= -(2n ** 31n) && v < 2n ** 31n) return 'Int32';
  if (v >= -(2n ** 63n) && v < 2n ** 63n) return 'Int64';
  return 'UInt64';
}

/** Double.ToString(format). */
export function formatDouble(
  value: number,
  format?: string | null,
  info: NumberFormatInfo = EN_US.numberFormat,
): string {
  return formatFloat(value, format, info, false);
}

/** Single.ToString(format); `value` is rounded to float32 first. */
export function formatSingle(
  value: number,
  format?: string | null,
  info: NumberFormatInfo = EN_US.numberFormat,
): string {
  return formatFloat(Math.fround(value), format, info, true);
}

function formatFloat(
  value: number,
  format: string | null | undefined,
  info: NumberFormatInfo,
  single: boolean,
): string {
  if (Number.isNaN(value)) return info.nanSymbol;
  if (!Number.isFinite(value)) return value < 0 ? info.negativeInfinitySymbol : info.positiveInfinitySymbol;
  const parsed = parseFormatSpecifier(format);
  const fmt = parsed.fmt;
  let precision = parsed.precision;
  let significant = true;
  let nMaxDigits = precision;
  const maxRoundTrip = single ? 9 : 17;
  if (fmt === '\0') {
    precision = single ? 7 : 15;
  } else {
    switch (fmt) {
      case 'C':
      case 'c':
        if (precision === -1) precision = info.currencyDecimalDigits;
        significant = false;
        break;
      case 'E':
      case 'e':
        if (precision === -1) precision = 6;
        precision++;
        break;
      case 'F':
      case 'f':
      case 'N':
      case 'n':
        if (precision === -1) precision = info.numberDecimalDigits;
        significant = false;
        break;
      case 'G':
      case 'g':
        if (precision === 0) precision = -1;
        break;
      case 'P':
      case 'p':
        if (precision === -1) precision = info.percentDecimalDigits;
        precision += 2;
        significant = false;
        break;
      case 'R':
      case 'r':
        precision = -1;
        break;
      default:
        throw new FormatException(Messages.badFormatSpecifier);
    }
  }
  const number = floatToNumber(value, precision, significant, single);
  if (fmt === '\0') return numberToStringFormat(number, format ?? '', info);
  if (precision === -1) nMaxDigits = Math.max(number.digits.length, maxRoundTrip);
  return numberToString(number, fmt, nMaxDigits, info);
}

/** Decimal.ToString(format). */
export function formatDecimal(
  value: DecimalParts,
  format?: string | null,
  info: NumberFormatInfo = EN_US.numberFormat,
): string {
  const { fmt, precision } = parseFormatSpecifier(format);
  const number = decimalToNumber(value);
  return fmt !== '\0'
    ? numberToString(number, fmt, precision, info)
    : numberToStringFormat(number, format ?? '', info);
}

// ---------------------------------------------------------------------------------
// Number.NumberToString and helpers

const POS_CURRENCY = ['$#', '#$', '$ #', '# $'];
const NEG_CURRENCY = [
  '($#)',
  '-$#',
  '$-#',
  '$#-',
  '(#$)',
  '-#$',
  '#-$',
  '#$-',
  '-# $',
  '-$ #',
  '# $-',
  '$ #-',
  '$ -#',
  '#- $',
  '($ #)',
  '(# $)',
  '$- #',
];
const POS_PERCENT = ['# %', '#%', '%#', '% #'];
const NEG_PERCENT = [
  '-# %',
  '-#%',
  '-%#',
  '%-#',
  '%#-',
  '#-%',
  '#%-',
  '-% #',
  '# %-',
  '% #-',
  '% -#',
  '#- %',
];
const NEG_NUMBER = ['(#)', '-#', '- #', '#-', '# -'];

/** Number.RoundNumber: keep `pos` digits, rounding half up unless already correctly rounded. */
export function roundNumber(number: NumberBuffer, pos: number, isCorrectlyRounded: boolean): void {
  const dig = number.digits;
  let i = 0;
  while (i < pos && i < dig.length) i++;
  let result: string;
  if (i === pos && i < dig.length && !isCorrectlyRounded && dig.charCodeAt(i) >= 53) {
    while (i > 0 && dig[i - 1] === '9') i--;
    if (i > 0) {
      result = dig.slice(0, i - 1) + String.fromCharCode(dig.charCodeAt(i - 1) + 1);
    } else {
      number.scale++;
      result = '1';
    }
  } else {
    while (i > 0 && dig[i - 1] === '0') i--;
    result = dig.slice(0, i);
  }
  if (result.length === 0) {
    if (number.kind !== 'float') number.negative = false;
    number.scale = 0;
  }
  number.digits = result;
}

function digitAt(number: NumberBuffer, i: number): string {
  return i < number.digits.length ? number.digits[i]! : '0';
}

export function numberToString(
  number: NumberBuffer,
  format: string,
  nMaxDigits: number,
  info: NumberFormatInfo,
): string {
  const isCorrectlyRounded = number.kind === 'float';
  // Called after roundNumber, which clears `negative` when an integer or decimal rounds to zero.
  const sign = (): string => (number.negative ? info.negativeSign : '');
  switch (format) {
    case 'C':
    case 'c': {
      if (nMaxDigits < 0) nMaxDigits = info.currencyDecimalDigits;
      roundNumber(number, number.scale + nMaxDigits, isCorrectlyRounded);
      const pattern = number.negative
        ? NEG_CURRENCY[info.currencyNegativePattern]!
        : POS_CURRENCY[info.currencyPositivePattern]!;
      return expandPattern(pattern, number, nMaxDigits, info.negativeSign, {
        groupSizes: info.currencyGroupSizes,
        decimalSeparator: info.currencyDecimalSeparator,
        groupSeparator: info.currencyGroupSeparator,
        symbol: info.currencySymbol,
      });
    }
    case 'F':
    case 'f':
      if (nMaxDigits < 0) nMaxDigits = info.numberDecimalDigits;
      roundNumber(number, number.scale + nMaxDigits, isCorrectlyRounded);
      return sign() + formatFixed(number, nMaxDigits, null, info.numberDecimalSeparator, null);
    case 'N':
    case 'n': {
      if (nMaxDigits < 0) nMaxDigits = info.numberDecimalDigits;
      roundNumber(number, number.scale + nMaxDigits, isCorrectlyRounded);
      const pattern = number.negative ? NEG_NUMBER[info.numberNegativePattern]! : '#';
      return expandPattern(pattern, number, nMaxDigits, info.negativeSign, {
        groupSizes: info.numberGroupSizes,
        decimalSeparator: info.numberDecimalSeparator,
        groupSeparator: info.numberGroupSeparator,
        symbol: '',
      });
    }
    case 'E':
    case 'e':
      if (nMaxDigits < 0) nMaxDigits = 6;
      nMaxDigits++;
      roundNumber(number, nMaxDigits, isCorrectlyRounded);
      return sign() + formatScientific(number, nMaxDigits, info, format);
    case 'G':
    case 'g': {
      let noRounding = false;
      let skipSign = false;
      if (nMaxDigits < 1) {
        if (number.kind === 'decimal' && nMaxDigits === -1) {
          noRounding = true; // keep a decimal's trailing zeros ("1.50")
          if (number.digits.length === 0) skipSign = true; // -0 prints as 0
        } else {
          nMaxDigits = number.digits.length;
        }
      }
      if (!noRounding) roundNumber(number, nMaxDigits, isCorrectlyRounded);
      const prefix = skipSign ? '' : sign();
      return prefix + formatGeneral(number, nMaxDigits, info, format === 'G' ? 'E' : 'e', noRounding);
    }
    case 'P':
    case 'p': {
      if (nMaxDigits < 0) nMaxDigits = info.percentDecimalDigits;
      number.scale += 2;
      roundNumber(number, number.scale + nMaxDigits, isCorrectlyRounded);
      const pattern = number.negative
        ? NEG_PERCENT[info.percentNegativePattern]!
        : POS_PERCENT[info.percentPositivePattern]!;
      return expandPattern(pattern, number, nMaxDigits, info.negativeSign, {
        groupSizes: info.percentGroupSizes,
        decimalSeparator: info.percentDecimalSeparator,
        groupSeparator: info.percentGroupSeparator,
        symbol: info.percentSymbol,
      });
    }
    case 'R':
    case 'r':
      // .NET 8+: "R" on an integer or a decimal is "G" without a precision.
      return numberToString(
        number,
        format === 'R' ? 'G' : 'g',
        number.kind === 'float' ? nMaxDigits : -1,
        info,
      );
    default:
      throw new FormatException(Messages.badFormatSpecifier);
  }
}

/** The separators and symbol of one of the C, N and P formats. */
interface PatternStyle {
  groupSizes: readonly number[];
  decimalSeparator: string;
  groupSeparator: string;
  symbol: string;
}

/**
 * Expands a C/N/P pattern from the tables above: '#' is the grouped number, '-' the
 * negative sign, '$' (currency) or '%' (percent) the symbol; anything else is literal.
 */
function expandPattern(
  pattern: string,
  number: NumberBuffer,
  nMaxDigits: number,
  negativeSign: string,
  style: PatternStyle,
): string {
  let out = '';
  for (const ch of pattern) {
    if (ch === '#') {
      out += formatFixed(number, nMaxDigits, style.groupSizes, style.decimalSeparator, style.groupSeparator);
    } else if (ch === '-') out += negativeSign;
    else if (ch === '$' || ch === '%') out += style.symbol;
    else out += ch;
  }
  return out;
}

/** Inserts group separators into an all-digit integer part, .NET style (last group size repeats, 0 stops). */
function groupDigits(intPart: string, groupSizes: readonly number[], sep: string): string {
  if (groupSizes.length === 0) return intPart;
  let out = '';
  let end = intPart.length;
  let gi = 0;
  let size = groupSizes[0]!;
  while (size > 0 && end > size) {
    out = sep + intPart.slice(end - size, end) + out;
    end -= size;
    if (gi < groupSizes.length - 1) size = groupSizes[++gi]!;
  }
  return intPart.slice(0, end) + out;
}

function formatFixed(
  number: NumberBuffer,
  nMaxDigits: number,
  groupSizes: readonly number[] | null,
  sDecimal: string,
  sGroup: string | null,
): string {
  let digPos = number.scale;
  let idx = 0;
  let out = '';
  if (digPos > 0) {
    let intPart = '';
    for (let i = 0; i < digPos; i++) intPart += digitAt(number, i);
    idx = Math.min(digPos, number.digits.length);
    out += groupSizes !== null && sGroup !== null ? groupDigits(intPart, groupSizes, sGroup) : intPart;
    digPos = 0;
  } else {
    out += '0';
  }
  if (nMaxDigits > 0) {
    out += sDecimal;
    if (digPos < 0) {
      const zeroes = Math.min(-digPos, nMaxDigits);
      out += '0'.repeat(zeroes);
      nMaxDigits -= zeroes;
    }
    while (nMaxDigits > 0) {
      out += digitAt(number, idx++);
      nMaxDigits--;
    }
  }
  return out;
}

function formatScientific(
  number: NumberBuffer,
  nMaxDigits: number,
  info: NumberFormatInfo,
  expChar: string,
): string {
  let out = digitAt(number, 0);
  let idx = 1;
  if (nMaxDigits !== 1) out += info.numberDecimalSeparator;
  while (--nMaxDigits > 0) out += digitAt(number, idx++);
  const e = number.digits.length === 0 ? 0 : number.scale - 1;
  return out + formatExponent(info, e, expChar, 3, true);
}

function formatExponent(
  info: NumberFormatInfo,
  value: number,
  expChar: string,
  minDigits: number,
  positiveSign: boolean,
): string {
  let out = expChar;
  if (value < 0) {
    out += info.negativeSign;
    value = -value;
  } else if (positiveSign) {
    out += info.positiveSign;
  }
  return out + String(value).padStart(minDigits, '0');
}

function formatGeneral(
  number: NumberBuffer,
  nMaxDigits: number,
  info: NumberFormatInfo,
  expChar: string,
  suppressScientific: boolean,
): string {
  let digPos = number.scale;
  let scientific = false;
  if (!suppressScientific && (digPos > nMaxDigits || digPos < -3)) {
    digPos = 1;
    scientific = true;
  }
  const dig = number.digits;
  let idx = 0;
  let out = '';
  if (digPos > 0) {
    do {
      out += digitAt(number, idx++);
    } while (--digPos > 0);
  } else {
    out += '0';
  }
  if (idx < dig.length || digPos < 0) {
    out += info.numberDecimalSeparator;
    while (digPos < 0) {
      out += '0';
      digPos++;
    }
    while (idx < dig.length) out += dig[idx++];
  }
  if (scientific) out += formatExponent(info, number.scale - 1, expChar, 2, true);
  return out;
}

// ---------------------------------------------------------------------------------
// Number.NumberToStringFormat (custom format strings)

/** Past the literal that the quote or backslash `ch` just read (at src - 1) opens. */
function skipLiteral(format: string, src: number, ch: string): number {
  if (ch === '\\') return src < format.length && format[src] !== '\0' ? src + 1 : src;
  while (src < format.length && format[src] !== '\0' && format[src++] !== ch);
  return src;
}

function findSection(format: string, section: number): number {
  if (section === 0) return 0;
  let src = 0;
  for (;;) {
    if (src >= format.length) return 0;
    const ch = format[src++]!;
    switch (ch) {
      case "'":
      case '"':
      case '\\':
        src = skipLiteral(format, src, ch);
        break;
      case ';':
        if (--section !== 0) break;
        if (src < format.length && format[src] !== '\0' && format[src] !== ';') return src;
        return 0;
      case '\0':
        return 0;
    }
  }
}

export function numberToStringFormat(number: NumberBuffer, format: string, info: NumberFormatInfo): string {
  let digitCount: number;
  let decimalPos: number;
  let firstDigit: number;
  let lastDigit: number;
  let scientific: boolean;
  let thousandPos: number;
  let thousandCount = 0;
  let thousandSeps: boolean;
  let scaleAdjust: number;
  let src: number;
  let ch: string;

  let section = findSection(format, number.digits.length === 0 ? 2 : number.negative ? 1 : 0);

  for (;;) {
    digitCount = 0;
    decimalPos = -1;
    firstDigit = 0x7fffffff;
    lastDigit = 0;
    scientific = false;
    thousandPos = -1;
    thousandSeps = false;
    scaleAdjust = 0;
    src = section;

    while (src < format.length && (ch = format[src++]!) !== '\0' && ch !== ';') {
      switch (ch) {
        case '#':
          digitCount++;
          break;
        case '0':
          if (firstDigit === 0x7fffffff) firstDigit = digitCount;
          digitCount++;
          lastDigit = digitCount;
          break;
        case '.':
          if (decimalPos < 0) decimalPos = digitCount;
          break;
        case ',':
          if (digitCount > 0 && decimalPos < 0) {
            if (thousandPos >= 0) {
              if (thousandPos === digitCount) {
                thousandCount++;
                break;
              }
              thousandSeps = true;
            }
            thousandPos = digitCount;
            thousandCount = 1;
          }
          break;
        case '%':
          scaleAdjust += 2;
          break;
        case '\u2030':
          scaleAdjust += 3;
          break;
        case "'":
        case '"':
        case '\\':
          src = skipLiteral(format, src, ch);
          break;
        case 'E':
        case 'e':
          if (
            (src < format.length && format[src] === '0') ||
            (src + 1 < format.length &&
              (format[src] === '+' || format[src] === '-') &&
              format[src + 1] === '0')
          ) {
            while (++src < format.length && format[src] === '0');
            scientific = true;
          }
          break;
      }
    }

    if (decimalPos < 0) decimalPos = digitCount;

    if (thousandPos >= 0) {
      if (thousandPos === decimalPos) scaleAdjust -= thousandCount * 3;
      else thousandSeps = true;
    }

    if (number.digits.length !== 0) {
      number.scale += scaleAdjust;
      const pos = scientific ? digitCount : number.scale + digitCount - decimalPos;
      roundNumber(number, pos, false);
      if (number.digits.length === 0) {
        src = findSection(format, 2);
        if (src !== section) {
          section = src;
          continue;
        }
      }
    } else {
      if (number.kind !== 'float') number.negative = false;
      number.scale = 0;
    }
    break;
  }

  firstDigit = firstDigit < decimalPos ? decimalPos - firstDigit : 0;
  lastDigit = lastDigit > decimalPos ? decimalPos - lastDigit : 0;
  let digPos: number;
  let adjust: number;
  if (scientific) {
    digPos = decimalPos;
    adjust = 0;
  } else {
    digPos = number.scale > decimalPos ? number.scale : decimalPos;
    adjust = number.scale - decimalPos;
  }
  src = section;

  const thousandsSepPos: number[] = [];
  let thousandsSepCtr = -1;
  if (thousandSeps && info.numberGroupSeparator.length > 0) {
    const groupDigitsArr = info.numberGroupSizes;
    let groupSizeIndex = 0;
    let groupTotalSizeCount = 0;
    const groupSizeLen = groupDigitsArr.length;
    if (groupSizeLen !== 0) groupTotalSizeCount = groupDigitsArr[groupSizeIndex]!;
    let groupSize = groupTotalSizeCount;
    const totalDigits = digPos + (adjust < 0 ? adjust : 0);
    const numDigits = firstDigit > totalDigits ? firstDigit : totalDigits;
    while (numDigits > groupTotalSizeCount) {
      if (groupSize === 0) break;
      ++thousandsSepCtr;
      thousandsSepPos[thousandsSepCtr] = groupTotalSizeCount;
      if (groupSizeIndex < groupSizeLen - 1) {
        groupSizeIndex++;
        groupSize = groupDigitsArr[groupSizeIndex]!;
      }
      groupTotalSizeCount += groupSize;
    }
  }

  let out = '';
  if (number.negative && section === 0 && number.scale !== 0) out += info.negativeSign;

  let decimalWritten = false;
  let cur = 0;
  const dig = number.digits;
  // After the digit at digPos: a group separator if one goes there.
  const groupSeparator = (): void => {
    if (
      thousandSeps &&
      digPos > 1 &&
      thousandsSepCtr >= 0 &&
      digPos === thousandsSepPos[thousandsSepCtr]! + 1
    ) {
      out += info.numberGroupSeparator;
      thousandsSepCtr--;
    }
  };

  while (src < format.length && (ch = format[src++]!) !== '\0' && ch !== ';') {
    if (adjust > 0 && (ch === '#' || ch === '0' || ch === '.')) {
      while (adjust > 0) {
        out += cur < dig.length ? dig[cur++]! : '0';
        groupSeparator();
        digPos--;
        adjust--;
      }
    }

    switch (ch) {
      case '#':
      case '0': {
        let c: string;
        if (adjust < 0) {
          adjust++;
          c = digPos <= firstDigit ? '0' : '\0';
        } else {
          c = cur < dig.length ? dig[cur++]! : digPos > lastDigit ? '0' : '\0';
        }
        if (c !== '\0') {
          out += c;
          groupSeparator();
        }
        digPos--;
        break;
      }
      case '.':
        if (digPos !== 0 || decimalWritten) break;
        if (lastDigit < 0 || (decimalPos < digitCount && cur < dig.length)) {
          out += info.numberDecimalSeparator;
          decimalWritten = true;
        }
        break;
      case '\u2030':
        out += info.perMilleSymbol;
        break;
      case '%':
        out += info.percentSymbol;
        break;
      case ',':
        break;
      case "'":
      case '"':
        while (src < format.length && format[src] !== '\0' && format[src] !== ch) out += format[src++];
        if (src < format.length && format[src] !== '\0') src++;
        break;
      case '\\':
        if (src < format.length && format[src] !== '\0') out += format[src++];
        break;
      case 'E':
      case 'e': {
        let positiveSign = false;
        let i = 0;
        if (scientific) {
          if (src < format.length && format[src] === '0') {
            i++;
          } else if (src + 1 < format.length && format[src] === '+' && format[src + 1] === '0') {
            positiveSign = true;
          } else if (src + 1 < format.length && format[src] === '-' && format[src + 1] === '0') {
            // E-0: sign only for negative exponents
          } else {
            out += ch;
            break;
          }
          while (++src < format.length && format[src] === '0') i++;
          if (i > 10) i = 10;
          const exp = dig.length === 0 ? 0 : number.scale - decimalPos;
          out += formatExponent(info, exp, ch, i, positiveSign);
          scientific = false;
        } else {
          out += ch;
          if (src < format.length) {
            if (format[src] === '+' || format[src] === '-') out += format[src++];
            while (src < format.length && format[src] === '0') out += format[src++];
          }
        }
        break;
      }
      default:
        out += ch;
        break;
    }
  }

  if (number.negative && section === 0 && number.scale === 0 && out.length > 0) out = info.negativeSign + out;
  return out;
}
