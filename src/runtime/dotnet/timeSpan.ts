// System.TimeSpan: a signed count of 100 ns ticks (kept as a bigint), its components and
// totals, and its formatting: default "c" ("1.02:03:04.5000000"), "g", "G" and custom
// formats ("dd\.hh\:mm", "%h", "hh' h'").

import { EN_US, type NumberFormatInfo } from './culture.js';
import { FormatException, Messages, OverflowException } from './errors.js';
import {
  TICKS_PER_DAY,
  TICKS_PER_HOUR,
  TICKS_PER_MILLISECOND,
  TICKS_PER_MINUTE,
  TICKS_PER_SECOND,
  compareTicks,
  hourOf,
  millisecondOf,
  minuteOf,
  pad,
  repeatCount,
  secondOf,
} from './ticks.js';

export { TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MILLISECOND, TICKS_PER_MINUTE, TICKS_PER_SECOND };

const MAX_TICKS = (1n << 63n) - 1n;
const MIN_TICKS = -(1n << 63n);

function checkRange(ticks: bigint): bigint {
  if (ticks > MAX_TICKS || ticks < MIN_TICKS) throw new OverflowException(Messages.timeSpanTooLong);
  return ticks;
}

/** Truncates a double toward zero into a bigint (as a (long) cast). */
function truncToBigInt(x: number): bigint {
  return BigInt(Math.trunc(x));
}

export class TimeSpan {
  static readonly Zero = new TimeSpan(0n);
  static readonly MaxValue = new TimeSpan(MAX_TICKS);
  static readonly MinValue = new TimeSpan(MIN_TICKS);

  constructor(readonly ticks: bigint) {
    checkRange(ticks);
  }

  /** new TimeSpan(days, hours, minutes, seconds[, milliseconds]) */
  static fromParts(
    days: number,
    hours: number,
    minutes: number,
    seconds: number,
    milliseconds = 0,
  ): TimeSpan {
    const ms =
      (BigInt(days) * 86_400n + BigInt(hours) * 3_600n + BigInt(minutes) * 60n + BigInt(seconds)) * 1000n +
      BigInt(milliseconds);
    return new TimeSpan(ms * TICKS_PER_MILLISECOND);
  }

  /** new TimeSpan(hours, minutes, seconds) */
  static fromHms(hours: number, minutes: number, seconds: number): TimeSpan {
    return TimeSpan.fromParts(0, hours, minutes, seconds);
  }

  static fromTicks(ticks: bigint | number): TimeSpan {
    return new TimeSpan(BigInt(ticks));
  }

  /** TimeSpan.FromDays(double) etc.: .NET 7+ truncates the scaled value to whole ticks. */
  static fromDays(value: number): TimeSpan {
    return TimeSpan.fromUnits(value, TICKS_PER_DAY);
  }

  static fromHours(value: number): TimeSpan {
    return TimeSpan.fromUnits(value, TICKS_PER_HOUR);
  }

  static fromMinutes(value: number): TimeSpan {
    return TimeSpan.fromUnits(value, TICKS_PER_MINUTE);
  }

  static fromSeconds(value: number): TimeSpan {
    return TimeSpan.fromUnits(value, TICKS_PER_SECOND);
  }

  static fromMilliseconds(value: number): TimeSpan {
    return TimeSpan.fromUnits(value, TICKS_PER_MILLISECOND);
  }

  private static fromUnits(value: number, ticksPerUnit: bigint): TimeSpan {
    if (Number.isNaN(value))
      throw new RangeError('TimeSpan does not accept floating point Not-a-Number values.');
    const ticks = value * Number(ticksPerUnit);
    if (!Number.isFinite(ticks) || Math.abs(ticks) >= 9.223372036854776e18)
      throw new OverflowException(Messages.timeSpanTooLong);
    return new TimeSpan(truncToBigInt(ticks));
  }

  get days(): number {
    return Number(this.ticks / TICKS_PER_DAY);
  }

  get hours(): number {
    return hourOf(this.ticks);
  }

  get minutes(): number {
    return minuteOf(this.ticks);
  }

  get seconds(): number {
    return secondOf(this.ticks);
  }

  get milliseconds(): number {
    return millisecondOf(this.ticks);
  }

  /** .NET 7+: microseconds and nanoseconds components. */
  get microseconds(): number {
    return Number((this.ticks / 10n) % 1000n);
  }

  get nanoseconds(): number {
    return Number((this.ticks % 10n) * 100n);
  }

  get totalDays(): number {
    return Number(this.ticks) / Number(TICKS_PER_DAY);
  }

  get totalHours(): number {
    return Number(this.ticks) / Number(TICKS_PER_HOUR);
  }

  get totalMinutes(): number {
    return Number(this.ticks) / Number(TICKS_PER_MINUTE);
  }

  get totalSeconds(): number {
    return Number(this.ticks) / Number(TICKS_PER_SECOND);
  }

  get totalMilliseconds(): number {
    const ms = Number(this.ticks) / Number(TICKS_PER_MILLISECOND);
    return Math.min(Math.max(ms, -922337203685477), 922337203685477);
  }

  add(other: TimeSpan): TimeSpan {
    return new TimeSpan(checkRange(this.ticks + other.ticks));
  }

  subtract(other: TimeSpan): TimeSpan {
    return new TimeSpan(checkRange(this.ticks - other.ticks));
  }

  negate(): TimeSpan {
    if (this.ticks === MIN_TICKS)
      throw new OverflowException('Negating the minimum value of a twos complement number is invalid.');
    return new TimeSpan(-this.ticks);
  }

  duration(): TimeSpan {
    return this.ticks < 0n ? this.negate() : this;
  }

  compareTo(other: TimeSpan): number {
    return compareTicks(this.ticks, other.ticks);
  }

  equals(other: TimeSpan): boolean {
    return this.ticks === other.ticks;
  }

  /** TimeSpan.ToString(format): null/'' and "c"/"t"/"T" give the constant format. */
  toString(format?: string | null, info: NumberFormatInfo = EN_US.numberFormat): string {
    return formatTimeSpan(this, format, info);
  }
}

/** TimeSpan.ToString(format, culture). */
export function formatTimeSpan(
  ts: TimeSpan,
  format?: string | null,
  info: NumberFormatInfo = EN_US.numberFormat,
): string {
  const f = format ?? '';
  const negative = ts.ticks < 0n;
  const abs = negative ? -ts.ticks : ts.ticks;
  const days = abs / TICKS_PER_DAY;
  const hours = hourOf(abs);
  const minutes = minuteOf(abs);
  const seconds = secondOf(abs);
  const fraction = abs % TICKS_PER_SECOND;
  const sign = negative ? '-' : '';

  if (f === '' || f === 'c' || f === 't' || f === 'T') {
    let out = sign;
    if (days !== 0n) out += `${days}.`;
    out += `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}`;
    if (fraction !== 0n) out += `.${pad(fraction, 7)}`;
    return out;
  }
  if (f === 'g') {
    let out = sign;
    if (days !== 0n) out += `${days}:`;
    out += `${hours}:${pad(minutes, 2)}:${pad(seconds, 2)}`;
    if (fraction !== 0n) out += info.numberDecimalSeparator + pad(fraction, 7).replace(/0+$/, '');
    return out;
  }
  if (f === 'G') {
    return `${sign}${days}:${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}${info.numberDecimalSeparator}${pad(fraction, 7)}`;
  }
  if (f.length === 1) throw new FormatException(Messages.badFormat);
  return formatCustom(f, { days, hours, minutes, seconds, fraction });
}

function formatCustom(
  format: string,
  p: { days: bigint; hours: number; minutes: number; seconds: number; fraction: bigint },
): string {
  let out = '';
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    let tokenLen: number;
    switch (ch) {
      case 'h':
      case 'm':
      case 's': {
        tokenLen = repeatCount(format, i);
        if (tokenLen > 2) throw new FormatException(Messages.badFormat);
        out += pad(ch === 'h' ? p.hours : ch === 'm' ? p.minutes : p.seconds, tokenLen);
        break;
      }
      case 'f': {
        tokenLen = repeatCount(format, i);
        if (tokenLen > 7) throw new FormatException(Messages.badFormat);
        out += pad(p.fraction / 10n ** BigInt(7 - tokenLen), tokenLen);
        break;
      }
      case 'F': {
        tokenLen = repeatCount(format, i);
        if (tokenLen > 7) throw new FormatException(Messages.badFormat);
        let tmp = p.fraction / 10n ** BigInt(7 - tokenLen);
        let effective = tokenLen;
        while (effective > 0 && tmp % 10n === 0n) {
          tmp /= 10n;
          effective--;
        }
        if (effective > 0) out += pad(tmp, effective);
        break;
      }
      case 'd': {
        tokenLen = repeatCount(format, i);
        if (tokenLen > 8) throw new FormatException(Messages.badFormat);
        out += pad(p.days, tokenLen);
        break;
      }
      case "'":
      case '"': {
        const end = format.indexOf(ch, i + 1);
        if (end < 0) throw new FormatException(Messages.badQuote(ch));
        out += format.slice(i + 1, end);
        tokenLen = end - i + 1;
        break;
      }
      case '%': {
        const next = format[i + 1];
        if (next === undefined || next === '%') throw new FormatException(Messages.badFormat);
        out += formatCustom(next, p);
        tokenLen = 2;
        break;
      }
      case '\\': {
        const next = format[i + 1];
        if (next === undefined) throw new FormatException(Messages.badFormat);
        out += next;
        tokenLen = 2;
        break;
      }
      default:
        throw new FormatException(Messages.badFormat);
    }
    i += tokenLen;
  }
  return out;
}
