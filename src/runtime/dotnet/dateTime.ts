// System.DateTime: 100 ns ticks since 0001-01-01 (a bigint) plus a Kind, with the
// component properties, arithmetic (AddDays ... AddYears, subtraction to TimeSpan),
// UTC/local conversion through the process time zone (or one set with
// setLocalTimeZone), standard and custom format strings, PowerShell's default
// renderings, and parsing as [datetime]'...' and DateTime.ParseExact do.

import { EN_US, INVARIANT, type CultureInfo, type DateTimeFormatInfo } from './culture.js';
import { ArgumentOutOfRangeException, FormatException, Messages } from './errors.js';
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
import { TimeSpan } from './timeSpan.js';

export type DateTimeKind = 'Unspecified' | 'Utc' | 'Local';

export const DAY_OF_WEEK = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
export type DayOfWeek = (typeof DAY_OF_WEEK)[number];

const MAX_TICKS = 3_155_378_975_999_999_999n;
/** Ticks at 1970-01-01T00:00:00Z. */
export const UNIX_EPOCH_TICKS = 621_355_968_000_000_000n;

// ---------------------------------------------------------------------------------
// Time zones

/** Gives the offset of local time from UTC, in minutes, at a UTC instant (ms since 1970). */
export interface TimeZoneProvider {
  offsetMinutesAt(utcMilliseconds: number): number;
}

/** The process time zone (TZ), through Date#getTimezoneOffset. */
export const processTimeZone: TimeZoneProvider = {
  offsetMinutesAt: (ms) => {
    const off = -new Date(ms).getTimezoneOffset();
    return off === 0 ? 0 : off;
  },
};

/** An IANA time zone through Intl ("Europe/Amsterdam"), whatever TZ the process has. */
export function ianaTimeZone(name: string): TimeZoneProvider {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' });
  return {
    offsetMinutesAt(ms) {
      const part = fmt.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
      const m = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(part);
      return m ? signedMinutes(m[1]!, Number(m[2]), Number(m[3] ?? 0)) : 0;
    },
  };
}

/** An offset in minutes from its sign ('+' or '-'), hours and minutes. */
function signedMinutes(sign: string, hours: number, minutes: number): number {
  const v = hours * 60 + minutes;
  return sign === '-' ? -v : v;
}

let localZone: TimeZoneProvider = processTimeZone;

/** Changes the zone DateTime treats as local (tests, or a host with its own setting). */
export function setLocalTimeZone(zone: TimeZoneProvider): void {
  localZone = zone;
}

function ticksToUnixMs(ticks: bigint): number {
  return Number((ticks - UNIX_EPOCH_TICKS) / TICKS_PER_MILLISECOND);
}

/** Local offset (ticks) at a UTC instant. */
function utcOffsetAtUtc(utcTicks: bigint): bigint {
  return BigInt(Math.round(localZone.offsetMinutesAt(ticksToUnixMs(utcTicks)))) * TICKS_PER_MINUTE;
}

/**
 * Offset (ticks) of a local wall-clock time.  As .NET's TimeZoneInfo.GetUtcOffset, an
 * ambiguous time (clocks going back) or an invalid one (clocks going forward) takes
 * the standard, i.e. smaller, offset.
 */
function utcOffsetAtLocal(localTicks: bigint): bigint {
  const candidates = new Set<bigint>([
    utcOffsetAtUtc(localTicks - TICKS_PER_DAY),
    utcOffsetAtUtc(localTicks),
    utcOffsetAtUtc(localTicks + TICKS_PER_DAY),
  ]);
  const valid = [...candidates].filter((o) => utcOffsetAtUtc(localTicks - o) === o);
  if (valid.length === 1) return valid[0]!;
  const all = valid.length > 1 ? valid : [...candidates];
  return all.reduce((a, b) => (b < a ? b : a));
}

// ---------------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian)

const DAYS_TO_MONTH_365 = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
const DAYS_TO_MONTH_366 = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366];

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  const table = isLeapYear(year) ? DAYS_TO_MONTH_366 : DAYS_TO_MONTH_365;
  return table[month]! - table[month - 1]!;
}

function dateToDays(year: number, month: number, day: number): number {
  const table = isLeapYear(year) ? DAYS_TO_MONTH_366 : DAYS_TO_MONTH_365;
  const y = year - 1;
  return (
    y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + table[month - 1]! + day - 1
  );
}

/** 0 for Sunday .. 6 for Saturday (0001-01-01 was a Monday). */
function dayOfWeekIndex(ticks: bigint): number {
  return (Number(ticks / TICKS_PER_DAY) + 1) % 7;
}

function daysToDate(days: number): { year: number; month: number; day: number; dayOfYear: number } {
  let n = days;
  const y400 = Math.floor(n / 146097);
  n -= y400 * 146097;
  let y100 = Math.floor(n / 36524);
  if (y100 === 4) y100 = 3;
  n -= y100 * 36524;
  const y4 = Math.floor(n / 1461);
  n -= y4 * 1461;
  let y1 = Math.floor(n / 365);
  if (y1 === 4) y1 = 3;
  n -= y1 * 365;
  const year = y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1;
  const table = isLeapYear(year) ? DAYS_TO_MONTH_366 : DAYS_TO_MONTH_365;
  let month = 1;
  while (n >= table[month]!) month++;
  return { year, month, day: n - table[month - 1]! + 1, dayOfYear: n + 1 };
}

// ---------------------------------------------------------------------------------
// DateTime

export class DateTime {
  static readonly MinValue = new DateTime(0n);
  static readonly MaxValue = new DateTime(MAX_TICKS);

  constructor(
    readonly ticks: bigint,
    readonly kind: DateTimeKind = 'Unspecified',
  ) {
    if (ticks < 0n || ticks > MAX_TICKS) {
      throw new ArgumentOutOfRangeException(
        'Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.',
      );
    }
  }

  /** new DateTime(year, month, day[, hour, minute, second[, millisecond]][, kind]) */
  static fromParts(
    year: number,
    month: number,
    day: number,
    hour = 0,
    minute = 0,
    second = 0,
    millisecond = 0,
    kind: DateTimeKind = 'Unspecified',
  ): DateTime {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      throw new ArgumentOutOfRangeException(Messages.badYearMonthDay);
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      throw new ArgumentOutOfRangeException(Messages.badHourMinuteSecond);
    }
    if (millisecond < 0 || millisecond > 999)
      throw new ArgumentOutOfRangeException('Valid values are between 0 and 999, inclusive.');
    const ticks =
      BigInt(dateToDays(year, month, day)) * TICKS_PER_DAY +
      BigInt(hour) * TICKS_PER_HOUR +
      BigInt(minute) * TICKS_PER_MINUTE +
      BigInt(second) * TICKS_PER_SECOND +
      BigInt(millisecond) * TICKS_PER_MILLISECOND;
    return new DateTime(ticks, kind);
  }

  /** A JS Date as a UTC or local DateTime (millisecond precision). */
  static fromJsDate(date: Date, kind: 'Utc' | 'Local' = 'Local'): DateTime {
    const utc = UNIX_EPOCH_TICKS + BigInt(date.getTime()) * TICKS_PER_MILLISECOND;
    return kind === 'Utc' ? new DateTime(utc, 'Utc') : new DateTime(utc + utcOffsetAtUtc(utc), 'Local');
  }

  static utcNow(): DateTime {
    return DateTime.fromJsDate(new Date(), 'Utc');
  }

  static now(): DateTime {
    return DateTime.fromJsDate(new Date(), 'Local');
  }

  static today(): DateTime {
    return DateTime.now().date;
  }

  /** The UTC instant as a JS Date (Unspecified counts as local, as .NET's ToUniversalTime). */
  toJsDate(): Date {
    return new Date(ticksToUnixMs(this.toUniversalTime().ticks));
  }

  private get days(): number {
    return Number(this.ticks / TICKS_PER_DAY);
  }

  private get parts(): { year: number; month: number; day: number; dayOfYear: number } {
    return daysToDate(this.days);
  }

  get year(): number {
    return this.parts.year;
  }

  get month(): number {
    return this.parts.month;
  }

  get day(): number {
    return this.parts.day;
  }

  get dayOfYear(): number {
    return this.parts.dayOfYear;
  }

  get dayOfWeek(): DayOfWeek {
    return DAY_OF_WEEK[dayOfWeekIndex(this.ticks)]!;
  }

  get hour(): number {
    return hourOf(this.ticks);
  }

  get minute(): number {
    return minuteOf(this.ticks);
  }

  get second(): number {
    return secondOf(this.ticks);
  }

  get millisecond(): number {
    return millisecondOf(this.ticks);
  }

  get date(): DateTime {
    return new DateTime(this.ticks - (this.ticks % TICKS_PER_DAY), this.kind);
  }

  get timeOfDay(): TimeSpan {
    return new TimeSpan(this.ticks % TICKS_PER_DAY);
  }

  addTicks(ticks: bigint | number): DateTime {
    const t = this.ticks + BigInt(ticks);
    if (t < 0n || t > MAX_TICKS) throw new ArgumentOutOfRangeException(Messages.dateArithmetic('value'));
    return new DateTime(t, this.kind);
  }

  add(span: TimeSpan): DateTime {
    return this.addTicks(span.ticks);
  }

  /** .NET 7+ AddUnits: whole units exactly, the fraction truncated to whole ticks. */
  private addUnits(value: number, ticksPerUnit: bigint): DateTime {
    // .NET rejects more units than fit between MinValue and MaxValue before adding.
    const maxUnits = Number(MAX_TICKS / ticksPerUnit);
    if (!(Math.abs(value) <= maxUnits)) throw new ArgumentOutOfRangeException(Messages.addValue);
    const integral = Math.trunc(value);
    const fraction = value - integral;
    return this.addTicks(
      BigInt(integral) * ticksPerUnit + BigInt(Math.trunc(fraction * Number(ticksPerUnit))),
    );
  }

  addDays(value: number): DateTime {
    return this.addUnits(value, TICKS_PER_DAY);
  }

  addHours(value: number): DateTime {
    return this.addUnits(value, TICKS_PER_HOUR);
  }

  addMinutes(value: number): DateTime {
    return this.addUnits(value, TICKS_PER_MINUTE);
  }

  addSeconds(value: number): DateTime {
    return this.addUnits(value, TICKS_PER_SECOND);
  }

  addMilliseconds(value: number): DateTime {
    return this.addUnits(value, TICKS_PER_MILLISECOND);
  }

  /** AddMonths: the day is clamped to the target month's length (Jan 31 + 1 month = Feb 28). */
  addMonths(months: number): DateTime {
    if (!Number.isInteger(months) || months < -120000 || months > 120000) {
      throw new ArgumentOutOfRangeException('Months value must be between +/-120000.');
    }
    const { year, month, day } = this.parts;
    const total = year * 12 + (month - 1) + months;
    const y = Math.floor(total / 12);
    const m = (total % 12) + 1;
    if (y < 1 || y > 9999) throw new ArgumentOutOfRangeException(Messages.dateArithmetic('months'));
    const d = Math.min(day, daysInMonth(y, m));
    return new DateTime(
      BigInt(dateToDays(y, m, d)) * TICKS_PER_DAY + (this.ticks % TICKS_PER_DAY),
      this.kind,
    );
  }

  addYears(years: number): DateTime {
    if (!Number.isInteger(years) || years < -10000 || years > 10000) {
      throw new ArgumentOutOfRangeException('Years value must be between +/-10000.');
    }
    return this.addMonths(years * 12);
  }

  /** date - date: the tick difference, whatever the kinds (as .NET). */
  subtract(other: DateTime): TimeSpan {
    return new TimeSpan(this.ticks - other.ticks);
  }

  subtractSpan(span: TimeSpan): DateTime {
    return this.addTicks(-span.ticks);
  }

  /** Compares ticks only, ignoring Kind (as .NET). */
  compareTo(other: DateTime): number {
    return compareTicks(this.ticks, other.ticks);
  }

  equals(other: DateTime): boolean {
    return this.ticks === other.ticks;
  }

  specifyKind(kind: DateTimeKind): DateTime {
    return new DateTime(this.ticks, kind);
  }

  /** Utc stays; Local and Unspecified are taken as local time. */
  toUniversalTime(): DateTime {
    if (this.kind === 'Utc') return this;
    return new DateTime(clampTicks(this.ticks - utcOffsetAtLocal(this.ticks)), 'Utc');
  }

  /** Local stays; Utc and Unspecified are taken as UTC. */
  toLocalTime(): DateTime {
    if (this.kind === 'Local') return this;
    return new DateTime(clampTicks(this.ticks + utcOffsetAtUtc(this.ticks)), 'Local');
  }

  /** The offset the "z"/"K" specifiers show: 0 for Utc, else the local zone's. */
  get utcOffset(): TimeSpan {
    return new TimeSpan(this.kind === 'Utc' ? 0n : utcOffsetAtLocal(this.ticks));
  }

  /** DateTime.ToString(format, culture); the default format is "G". */
  toString(format?: string | null, culture: CultureInfo = EN_US): string {
    return formatDateTime(this, format, culture);
  }

  /** [string]$date and "$date" in PowerShell: invariant "G", i.e. MM/dd/yyyy HH:mm:ss. */
  toPsString(): string {
    return formatDateTime(this, 'G', INVARIANT);
  }

  /** How Get-Date / a [datetime] on the pipeline is displayed: "{long date} {long time}". */
  toPsDisplay(hint: 'DateTime' | 'Date' | 'Time' = 'DateTime', culture: CultureInfo = EN_US): string {
    const dtf = culture.dateTimeFormat;
    if (hint === 'Date') return formatCustomDateTime(this, dtf.longDatePattern, dtf);
    if (hint === 'Time') return formatCustomDateTime(this, dtf.longTimePattern, dtf);
    return `${formatCustomDateTime(this, dtf.longDatePattern, dtf)} ${formatCustomDateTime(this, dtf.longTimePattern, dtf)}`;
  }
}

function clampTicks(t: bigint): bigint {
  return t < 0n ? 0n : t > MAX_TICKS ? MAX_TICKS : t;
}

// ---------------------------------------------------------------------------------
// Formatting

function expandStandard(ch: string, dtf: DateTimeFormatInfo): string | undefined {
  switch (ch) {
    case 'd':
      return dtf.shortDatePattern;
    case 'D':
      return dtf.longDatePattern;
    case 'f':
      return `${dtf.longDatePattern} ${dtf.shortTimePattern}`;
    case 'F':
    case 'U':
      return dtf.fullDateTimePattern;
    case 'g':
      return `${dtf.shortDatePattern} ${dtf.shortTimePattern}`;
    case 'G':
      return `${dtf.shortDatePattern} ${dtf.longTimePattern}`;
    case 'm':
    case 'M':
      return dtf.monthDayPattern;
    case 't':
      return dtf.shortTimePattern;
    case 'T':
      return dtf.longTimePattern;
    case 'y':
    case 'Y':
      return dtf.yearMonthPattern;
    case 'o':
    case 'O':
      return "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
    case 'r':
    case 'R':
      return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
    case 's':
      return "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
    case 'u':
      return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
    default:
      return undefined;
  }
}

/** DateTime.ToString(format, culture). */
export function formatDateTime(
  value: DateTime,
  format?: string | null,
  culture: CultureInfo = EN_US,
): string {
  const f = format ?? '';
  let dtf = culture.dateTimeFormat;
  if (f.length === 0) return formatCustomDateTime(value, expandStandard('G', dtf)!, dtf);
  if (f.length === 1) {
    const pattern = expandStandard(f, dtf);
    if (pattern === undefined) throw new FormatException(Messages.badFormat);
    if ('oOrRsu'.includes(f)) dtf = INVARIANT.dateTimeFormat;
    return formatCustomDateTime(f === 'U' ? value.toUniversalTime() : value, pattern, dtf);
  }
  return formatCustomDateTime(value, f, dtf);
}

function parseQuoted(format: string, pos: number): { text: string; length: number } {
  const quote = format[pos]!;
  let i = pos + 1;
  let text = '';
  for (;;) {
    if (i >= format.length) {
      throw new FormatException(Messages.badQuote(quote));
    }
    const c = format[i++]!;
    if (c === quote) break;
    if (c === '\\') {
      if (i >= format.length) throw new FormatException(Messages.badFormat);
      text += format[i++];
    } else {
      text += c;
    }
  }
  return { text, length: i - pos };
}

function formatOffset(value: DateTime, tokenLen: number): string {
  const off = value.utcOffset.ticks;
  const sign = off < 0n ? '-' : '+';
  const abs = off < 0n ? -off : off;
  const h = abs / TICKS_PER_HOUR;
  const m = minuteOf(abs);
  if (tokenLen <= 1) return `${sign}${h}`;
  if (tokenLen === 2) return `${sign}${pad(h, 2)}`;
  return `${sign}${pad(h, 2)}:${pad(m, 2)}`;
}

/** DateTimeFormat.FormatCustomized. */
export function formatCustomDateTime(value: DateTime, format: string, dtf: DateTimeFormatInfo): string {
  let out = '';
  let i = 0;
  const fraction = value.ticks % TICKS_PER_SECOND;
  while (i < format.length) {
    const ch = format[i]!;
    let tokenLen: number;
    switch (ch) {
      case 'g':
        tokenLen = repeatCount(format, i);
        out += dtf.eraName;
        break;
      case 'h': {
        tokenLen = repeatCount(format, i);
        const h = value.hour % 12;
        out += pad(h === 0 ? 12 : h, Math.min(tokenLen, 2));
        break;
      }
      case 'H':
      case 'm':
      case 's':
        tokenLen = repeatCount(format, i);
        out += pad(ch === 'H' ? value.hour : ch === 'm' ? value.minute : value.second, Math.min(tokenLen, 2));
        break;
      case 'f':
      case 'F': {
        tokenLen = repeatCount(format, i);
        if (tokenLen > 7) throw new FormatException(Messages.badFormat);
        let frac = fraction / 10n ** BigInt(7 - tokenLen);
        if (ch === 'f') {
          out += pad(frac, tokenLen);
        } else {
          let effective = tokenLen;
          while (effective > 0 && frac % 10n === 0n) {
            frac /= 10n;
            effective--;
          }
          if (effective > 0) out += pad(frac, effective);
          else if (out.endsWith('.')) out = out.slice(0, -1);
        }
        break;
      }
      case 't': {
        tokenLen = repeatCount(format, i);
        const designator = value.hour < 12 ? dtf.amDesignator : dtf.pmDesignator;
        out += tokenLen === 1 ? designator.slice(0, 1) : designator;
        break;
      }
      case 'd':
        tokenLen = repeatCount(format, i);
        if (tokenLen <= 2) out += pad(value.day, tokenLen);
        else out += (tokenLen === 3 ? dtf.abbreviatedDayNames : dtf.dayNames)[dayOfWeekIndex(value.ticks)];
        break;
      case 'M':
        tokenLen = repeatCount(format, i);
        if (tokenLen <= 2) out += pad(value.month, tokenLen);
        else out += (tokenLen === 3 ? dtf.abbreviatedMonthNames : dtf.monthNames)[value.month - 1];
        break;
      case 'y':
        tokenLen = repeatCount(format, i);
        out += tokenLen <= 2 ? pad(value.year % 100, tokenLen) : pad(value.year, tokenLen);
        break;
      case 'z':
        tokenLen = repeatCount(format, i);
        out += formatOffset(value, tokenLen);
        break;
      case 'K':
        tokenLen = 1;
        if (value.kind === 'Utc') out += 'Z';
        else if (value.kind === 'Local') out += formatOffset(value, 3);
        break;
      case ':':
        tokenLen = 1;
        out += dtf.timeSeparator;
        break;
      case '/':
        tokenLen = 1;
        out += dtf.dateSeparator;
        break;
      case "'":
      case '"': {
        const q = parseQuoted(format, i);
        out += q.text;
        tokenLen = q.length;
        break;
      }
      case '%': {
        const next = format[i + 1];
        if (next === undefined || next === '%') throw new FormatException(Messages.badFormat);
        out += formatCustomDateTime(value, next, dtf);
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
        out += ch;
        tokenLen = 1;
        break;
    }
    i += tokenLen;
  }
  return out;
}

// ---------------------------------------------------------------------------------
// Parsing

interface Fields {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  fraction?: bigint; // ticks
  pm?: boolean;
  offsetMinutes?: number; // from Z / ±hh:mm / GMT
}

function build(text: string, f: Fields, exact = false): DateTime {
  const today = DateTime.now();
  const year = f.year ?? today.year;
  const month = f.month ?? (f.year === undefined ? today.month : 1);
  const day = f.day ?? (f.year === undefined && f.month === undefined ? today.day : 1);
  let hour = f.hour ?? 0;
  if (f.pm !== undefined) {
    if (hour > 12 || hour < 0) throw new FormatException(Messages.badDateTime(text));
    if (hour === 12) hour = 0;
    if (f.pm) hour += 12;
  }
  const minute = f.minute ?? 0;
  const second = f.second ?? 0;
  // An impossible time of day (24:00) fails in Calendar.TryToDateTime, as does a month past 12 in ParseExact.
  if (hour > 23 || minute > 59 || second > 59 || (exact && (month < 1 || month > 12))) {
    throw new FormatException(Messages.badDateTimeCalendar(text));
  }
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new FormatException(Messages.badDateTime(text));
  }
  const dt = DateTime.fromParts(year, month, day, hour, minute, second).addTicks(f.fraction ?? 0n);
  if (f.offsetMinutes !== undefined) {
    const utc = new DateTime(dt.ticks - BigInt(f.offsetMinutes) * TICKS_PER_MINUTE, 'Utc');
    return utc.toLocalTime();
  }
  return dt;
}

function monthIndex(word: string, dtf: DateTimeFormatInfo): number {
  const w = word.toLowerCase();
  for (let i = 0; i < 12; i++) {
    if (dtf.monthNames[i]!.toLowerCase() === w || dtf.abbreviatedMonthNames[i]!.toLowerCase() === w)
      return i + 1;
  }
  return 0;
}

function isDayName(word: string, dtf: DateTimeFormatInfo): boolean {
  const w = word.toLowerCase();
  return (
    dtf.dayNames.some((d) => d.toLowerCase() === w) ||
    dtf.abbreviatedDayNames.some((d) => d.toLowerCase() === w)
  );
}

const fractionTicks = (digits: string): bigint => BigInt((digits + '0000000').slice(0, 7));

/**
 * DateTime.Parse(text, InvariantCulture) as PowerShell's [datetime]'text' cast uses it.
 * Supported forms: ISO 8601 ("2026-01-01", "2026-01-01 09:00", "2026-01-01T09:00:00.5Z",
 * "...+02:00"), "M/d/yyyy[ H:mm[:ss][ AM|PM]]", "yyyy/M/d", month names ("Jan 5, 2026",
 * "5 January 2026"), an optional leading day name, RFC 1123 ("Wed, 25 Nov 2026 18:57:18
 * GMT") and a bare time ("12:30", today's date).  A time with a zone (Z, GMT, ±hh:mm) is
 * converted to local time with Kind Local; otherwise the Kind is Unspecified.
 */
export function parseDateTime(text: string, culture: CultureInfo = INVARIANT): DateTime {
  const dtf = culture.dateTimeFormat;
  const s = text.trim();
  // ISO 8601
  const iso =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(
      s,
    );
  if (iso) {
    return build(text, {
      year: Number(iso[1]),
      month: Number(iso[2]),
      day: Number(iso[3]),
      hour: iso[4] !== undefined ? Number(iso[4]) : 0,
      minute: iso[5] !== undefined ? Number(iso[5]) : 0,
      second: iso[6] !== undefined ? Number(iso[6]) : 0,
      fraction: iso[7] !== undefined ? fractionTicks(iso[7]) : 0n,
      offsetMinutes: iso[8] !== undefined ? parseZone(iso[8]) : undefined,
    });
  }
  // General form: tokens of numbers, words and separators.
  const f: Fields = {};
  const nums: number[] = [];
  let rest = s;
  const index = text.length - text.trimStart().length;
  const time = /(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(?:(AM|PM|A|P)\b)?/i.exec(rest);
  if (time) {
    f.hour = Number(time[1]);
    f.minute = Number(time[2]);
    f.second = time[3] !== undefined ? Number(time[3]) : 0;
    if (time[4] !== undefined) f.fraction = fractionTicks(time[4]);
    if (time[5] !== undefined) f.pm = time[5].toUpperCase().startsWith('P');
    rest = rest.slice(0, time.index) + ' '.repeat(time[0].length) + rest.slice(time.index + time[0].length);
  }
  const tokenRe = /([A-Za-z]+)|(\d+)|([^A-Za-z\d])/g;
  let m: RegExpExecArray | null;
  let monthFromName = 0;
  while ((m = tokenRe.exec(rest)) !== null) {
    if (m[1] !== undefined) {
      const word = m[1];
      const mi = monthIndex(word, dtf);
      if (mi > 0 && monthFromName === 0) monthFromName = mi;
      else if (isDayName(word, dtf)) {
        /* the day name is only checked for being a name */
      } else if (/^(GMT|UTC|Z)$/i.test(word)) f.offsetMinutes = 0;
      else if (/^(AM|PM)$/i.test(word) && f.hour === undefined)
        throw new FormatException(Messages.badDateTime(text));
      else throw new FormatException(Messages.unknownDateTimeWord(text, index + m.index));
    } else if (m[2] !== undefined) {
      nums.push(Number(m[2]));
    } else if (!/[\s,./-]/.test(m[3]!)) {
      throw new FormatException(Messages.badDateTime(text));
    }
  }
  if (monthFromName > 0) {
    if (nums.length === 1 && nums[0]! > 31) {
      // "January 2026": the first of the month
      f.year = nums[0];
      f.day = 1;
    } else if (nums.length === 2) {
      const [a, b] = nums as [number, number];
      // "Jan 5 2026" / "5 Jan 2026": the 4-digit (or larger) number is the year
      if (a > 31) [f.year, f.day] = [a, b];
      else [f.day, f.year] = [a, b];
    } else if (nums.length === 1) {
      f.day = nums[0];
    } else {
      throw new FormatException(Messages.badDateTime(text));
    }
    f.month = monthFromName;
  } else if (nums.length === 3) {
    const [a, b, c] = nums as [number, number, number];
    if (a > 31) [f.year, f.month, f.day] = [a, b, c];
    else [f.month, f.day, f.year] = [a, b, c < 100 ? twoDigitYear(c) : c];
  } else if (nums.length === 2) {
    [f.month, f.day] = nums as [number, number];
  } else if (nums.length !== 0 || f.hour === undefined) {
    throw new FormatException(Messages.badDateTime(text));
  }
  if (f.year === undefined && f.month !== undefined) f.year = DateTime.now().year;
  return build(text, f);
}

function twoDigitYear(y: number): number {
  // Calendar.TwoDigitYearMax = 2049
  return y <= 49 ? 2000 + y : 1900 + y;
}

function parseZone(z: string): number {
  if (z.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z)!;
  return signedMinutes(m[1]!, Number(m[2]), Number(m[3] ?? 0));
}

/** The message of PowerShell's error when a [datetime]'text' cast fails with `error`. */
export function powerShellDateTimeCastMessage(text: string, error: Error): string {
  return `Cannot convert value "${text}" to type "System.DateTime". Error: "${error.message}"`;
}

/** DateTime.TryParse: undefined instead of a FormatException. */
export function tryParseDateTime(text: string, culture: CultureInfo = INVARIANT): DateTime | undefined {
  try {
    return parseDateTime(text, culture);
  } catch (e) {
    if (e instanceof FormatException) return undefined;
    throw e;
  }
}

/**
 * DateTime.ParseExact(text, format, culture): custom formats (yyyy MM dd HH hh mm ss
 * f... F... tt MMM MMMM ddd dddd K z zz zzz, literals, quotes, escapes) and the
 * standard single-letter formats.  A zone in the text gives a local time, Kind Local.
 */
export function parseExactDateTime(text: string, format: string, culture: CultureInfo = INVARIANT): DateTime {
  const dtf = culture.dateTimeFormat;
  const bad = (): never => {
    throw new FormatException(Messages.badDateTime(text));
  };
  let fmt = format;
  if (fmt.length === 1) fmt = expandStandard(fmt, dtf) ?? bad();
  const f: Fields = {};
  let pos = 0;
  const readDigits = (min: number, max: number): number => {
    let j = pos;
    while (j < text.length && j - pos < max && text[j]! >= '0' && text[j]! <= '9') j++;
    if (j - pos < min) bad();
    const v = Number(text.slice(pos, j));
    pos = j;
    return v;
  };
  const readWord = (words: readonly string[]): number => {
    let best = -1;
    let bestLen = 0;
    words.forEach((w, k) => {
      if (w.length > bestLen && text.slice(pos, pos + w.length).toLowerCase() === w.toLowerCase()) {
        best = k;
        bestLen = w.length;
      }
    });
    if (best < 0) bad();
    pos += bestLen;
    return best;
  };
  const literal = (s: string): void => {
    if (text.slice(pos, pos + s.length) !== s) bad();
    pos += s.length;
  };
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i]!;
    const n = repeatCount(fmt, i);
    let len = n;
    switch (ch) {
      case 'y':
        if (n <= 2) {
          const y = readDigits(1, 2);
          f.year = twoDigitYear(y);
        } else f.year = readDigits(n, Math.max(n, 4));
        break;
      case 'M':
        if (n <= 2) f.month = readDigits(n, 2);
        else f.month = readWord(n === 3 ? dtf.abbreviatedMonthNames : dtf.monthNames) + 1;
        break;
      case 'd':
        if (n <= 2) f.day = readDigits(n, 2);
        else readWord(n === 3 ? dtf.abbreviatedDayNames : dtf.dayNames);
        break;
      case 'H':
      case 'h':
        f.hour = readDigits(Math.min(n, 2), 2);
        break;
      case 'm':
        f.minute = readDigits(Math.min(n, 2), 2);
        break;
      case 's':
        f.second = readDigits(Math.min(n, 2), 2);
        break;
      case 'f':
      case 'F': {
        if (n > 7) bad();
        const start = pos;
        readDigits(ch === 'f' ? n : 0, n);
        f.fraction = fractionTicks(text.slice(start, pos));
        break;
      }
      case 't': {
        const am = dtf.amDesignator;
        const pmd = dtf.pmDesignator;
        const words = n === 1 ? [am.slice(0, 1), pmd.slice(0, 1)] : [am, pmd];
        f.pm = readWord(words) === 1;
        break;
      }
      case 'K':
      case 'z': {
        len = ch === 'K' ? 1 : n;
        if (ch === 'K' && /^[Zz]/.test(text.slice(pos))) {
          pos++;
          f.offsetMinutes = 0;
          break;
        }
        if (ch === 'K' && !/^[+-]/.test(text.slice(pos))) break;
        const m = /^([+-])(\d{1,2})(?::?(\d{2}))?/.exec(text.slice(pos));
        if (!m) bad();
        const mm = m![3] !== undefined && (ch === 'K' || n >= 3) ? Number(m![3]) : 0;
        f.offsetMinutes = signedMinutes(m![1]!, Number(m![2]), mm);
        pos += ch === 'z' && n < 3 ? m![1]!.length + m![2]!.length : m![0].length;
        break;
      }
      case ':':
        len = 1;
        literal(dtf.timeSeparator);
        break;
      case '/':
        len = 1;
        literal(dtf.dateSeparator);
        break;
      case "'":
      case '"': {
        const q = parseQuoted(fmt, i);
        literal(q.text);
        len = q.length;
        break;
      }
      case '%':
        len = 1;
        break;
      case '\\':
        if (i + 1 >= fmt.length) bad();
        literal(fmt[i + 1]!);
        len = 2;
        break;
      default:
        len = 1;
        if (ch === ' ') {
          if (text[pos] !== ' ' && text[pos] !== '\u202f' && text[pos] !== '\u00a0') bad();
          pos++;
        } else literal(ch);
    }
    i += len;
  }
  if (pos !== text.length) bad();
  if (f.pm !== undefined && f.hour !== undefined && f.hour > 12) bad();
  return build(text, f, true);
}
