/**
 * System.DateTime: component properties, arithmetic, formatting (current culture), conversions
 * between UTC and local time, and [datetime]'s statics. Now/UtcNow/Today come from the tenant
 * clock in the MethodContext, never from the machine.
 */
import {
  DateTime,
  daysInMonth,
  isLeapYear,
  parseDateTime,
  parseExactDateTime,
  type DateTimeKind,
} from '../dotnet/dateTime.js';
import { TICKS_PER_DAY } from '../dotnet/ticks.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { PSReference } from '../values/scalars.js';
import { big, enumName, i64, num, str } from './args.js';
import { cultureOf } from './cultureInfo.js';
import { argumentOutOfRange, DotNetError } from './DotNetError.js';
import { enumValue } from './enums.js';
import { defineFamily, defineStatics } from './families.js';
import { toDotNetString } from './toDotNetString.js';
import type { MethodContext } from './MethodContext.js';

/** Ticks from 0001-01-01 to 1601-01-01, the Windows file time epoch. */
const FILE_TIME_EPOCH = 504_911_232_000_000_000n;

const dt = (v: unknown): DateTime => v as DateTime;
const ts = (v: unknown): TimeSpan => v as TimeSpan;
const kindOf = (v: unknown): DateTimeKind => enumName(v) as DateTimeKind;

/** The .NET parameter name for the Add* range errors, which the formatting library leaves out. */
function withParameter<T>(param: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof Error && e.name === 'ArgumentOutOfRangeException' && !e.message.includes('(Parameter')) {
      throw argumentOutOfRange(e.message, param);
    }
    throw e;
  }
}

const dates = defineFamily((v): v is DateTime => v instanceof DateTime);
dates
  .property('Year', 'int', (d) => d.year)
  .property('Month', 'int', (d) => d.month)
  .property('Day', 'int', (d) => d.day)
  .property('Hour', 'int', (d) => d.hour)
  .property('Minute', 'int', (d) => d.minute)
  .property('Second', 'int', (d) => d.second)
  .property('Millisecond', 'int', (d) => d.millisecond)
  .property('Microsecond', 'int', (d) => Number((d.ticks / 10n) % 1000n))
  .property('Nanosecond', 'int', (d) => Number((d.ticks % 10n) * 100n))
  .property('Date', 'datetime', (d) => d.date)
  .property('DayOfWeek', 'System.DayOfWeek', (d) => enumValue('System.DayOfWeek', d.dayOfWeek))
  .property('DayOfYear', 'int', (d) => d.dayOfYear)
  .property('TimeOfDay', 'timespan', (d) => d.timeOfDay)
  .property('Ticks', 'long', (d) => i64(d.ticks))
  .property('Kind', 'System.DateTimeKind', (d) => enumValue('System.DateTimeKind', d.kind))
  .method('datetime Add(timespan value)', (d, [v]) => d.add(ts(v)))
  .method('datetime AddDays(double value)', (d, [v]) => d.addDays(num(v)))
  .method('datetime AddHours(double value)', (d, [v]) => d.addHours(num(v)))
  .method('datetime AddMinutes(double value)', (d, [v]) => d.addMinutes(num(v)))
  .method('datetime AddSeconds(double value)', (d, [v]) => d.addSeconds(num(v)))
  .method('datetime AddMilliseconds(double value)', (d, [v]) => d.addMilliseconds(num(v)))
  .method('datetime AddTicks(long value)', (d, [v]) => d.addTicks(big(v)))
  .method('datetime AddMonths(int months)', (d, [v]) => withParameter('months', () => d.addMonths(num(v))))
  .method('datetime AddYears(int value)', (d, [v]) => withParameter('years', () => d.addYears(num(v))))
  .method('timespan Subtract(datetime value)', (d, [v]) => d.subtract(dt(v)))
  .method('datetime Subtract(timespan value)', (d, [v]) => d.subtractSpan(ts(v)))
  .method('string ToString()', (d) => toDotNetString(d))
  .method('string ToString(string format)', (d, [f]) => toDotNetString(d, str(f)))
  .method('string ToString(System.IFormatProvider provider)', (d, [p]) =>
    toDotNetString(d, null, cultureOf(p)),
  )
  .method('string ToString(string format, System.IFormatProvider provider)', (d, [f, p]) =>
    toDotNetString(d, str(f), cultureOf(p)),
  )
  .method('string ToShortDateString()', (d) => toDotNetString(d, 'd'))
  .method('string ToLongDateString()', (d) => toDotNetString(d, 'D'))
  .method('string ToShortTimeString()', (d) => toDotNetString(d, 't'))
  .method('string ToLongTimeString()', (d) => toDotNetString(d, 'T'))
  .method('datetime ToUniversalTime()', (d) => d.toUniversalTime())
  .method('datetime ToLocalTime()', (d) => d.toLocalTime())
  .method('long ToFileTime()', (d) => i64(d.toUniversalTime().ticks - FILE_TIME_EPOCH))
  .method('long ToFileTimeUtc()', (d) =>
    i64((d.kind === 'Utc' ? d : d.toUniversalTime()).ticks - FILE_TIME_EPOCH),
  )
  .method('double ToOADate()', (d) => Number(d.ticks - 599_264_352_000_000_000n) / Number(TICKS_PER_DAY))
  .method('int CompareTo(System.Object value)', (d, [v]) => {
    if (v === null) return 1;
    if (!(v instanceof DateTime))
      throw new DotNetError('System.ArgumentException', 'Object must be of type DateTime.');
    return d.compareTo(v);
  })
  .method(
    'bool IsDaylightSavingTime()',
    (d) => d.kind !== 'Utc' && d.utcOffset.ticks !== d.date.addDays(-d.dayOfYear + 1).utcOffset.ticks,
  );

function fromFileTime(v: unknown, local: boolean): DateTime {
  const t = big(v);
  if (t < 0n) throw argumentOutOfRange('Not a valid Win32 FileTime.', 'fileTime');
  const utc = new DateTime(t + FILE_TIME_EPOCH, 'Utc');
  return local ? utc.toLocalTime() : utc;
}

function tryParse(ref: unknown, parse: () => DateTime): boolean {
  const r = ref as PSReference;
  try {
    r.set(parse());
    return true;
  } catch (e) {
    if (e instanceof Error && /FormatException|ArgumentOutOfRange/.test(e.name)) {
      r.set(DateTime.MinValue);
      return false;
    }
    throw e;
  }
}

const now = (ctx: MethodContext | null): DateTime => (ctx ? ctx.now() : DateTime.now());

const statics = defineStatics('System.DateTime');
statics.members
  .property('Now', 'datetime', (_t, ctx) => now(ctx))
  .property('UtcNow', 'datetime', (_t, ctx) => (ctx ? ctx.utcNow() : DateTime.utcNow()))
  .property('Today', 'datetime', (_t, ctx) => now(ctx).date)
  .property('MinValue', 'datetime', () => DateTime.MinValue)
  .property('MaxValue', 'datetime', () => DateTime.MaxValue)
  .property('UnixEpoch', 'datetime', () => DateTime.fromParts(1970, 1, 1, 0, 0, 0, 0, 'Utc'))
  .method('int DaysInMonth(int year, int month)', (_t, [y, m]) => {
    if (num(m) < 1 || num(m) > 12) throw argumentOutOfRange('Month must be between one and twelve.', 'month');
    return daysInMonth(num(y), num(m));
  })
  .method('bool IsLeapYear(int year)', (_t, [y]) => isLeapYear(num(y)))
  .method('datetime SpecifyKind(datetime value, System.DateTimeKind kind)', (_t, [d, k]) =>
    dt(d).specifyKind(kindOf(k)),
  )
  .method('datetime Parse(string s)', (_t, [s]) => parseDateTime(str(s) ?? ''))
  .method('datetime Parse(string s, System.IFormatProvider provider)', (_t, [s, p]) =>
    parseDateTime(str(s) ?? '', cultureOf(p)),
  )
  .method('datetime ParseExact(string s, string format, System.IFormatProvider provider)', (_t, [s, f, p]) =>
    parseExactDateTime(str(s) ?? '', str(f) ?? '', p === null ? undefined : cultureOf(p)),
  )
  .method('bool TryParse(string s, [ref] datetime result)', (_t, [s, r]) =>
    tryParse(r, () => parseDateTime(str(s) ?? '')),
  )
  .method('datetime ParseExact(string s, string format, System.IFormatProvider provider, System.Globalization.DateTimeStyles style)', (_t, [s, f, p]) =>
    parseExactDateTime(str(s) ?? '', str(f) ?? '', p === null ? undefined : cultureOf(p)),
  )
  .method(
    'bool TryParseExact(string s, string format, System.IFormatProvider provider, System.Globalization.DateTimeStyles style, [ref] datetime result)',
    (_t, [s, f, p, _style, r]) => tryParse(r, () => parseExactDateTime(str(s) ?? '', str(f) ?? '', p === null ? undefined : cultureOf(p))),
  )
  .method('datetime FromFileTime(long fileTime)', (_t, [v]) => fromFileTime(v, true))
  .method('datetime FromFileTimeUtc(long fileTime)', (_t, [v]) => fromFileTime(v, false))
  .method('int Compare(datetime t1, datetime t2)', (_t, [a, b]) => dt(a).compareTo(dt(b)));

const parts = (args: unknown[]): number[] => args.map(num);
statics.constructors
  .method('datetime new(long ticks)', (_t, [t]) => new DateTime(big(t)))
  .method(
    'datetime new(long ticks, System.DateTimeKind kind)',
    (_t, [t, k]) => new DateTime(big(t), kindOf(k)),
  )
  .method('datetime new(int year, int month, int day)', (_t, a) => {
    const [y, m, d] = parts(a);
    return DateTime.fromParts(y!, m!, d!);
  })
  .method('datetime new(int year, int month, int day, int hour, int minute, int second)', (_t, a) => {
    const [y, m, d, h, mi, s] = parts(a);
    return DateTime.fromParts(y!, m!, d!, h, mi, s);
  })
  .method(
    'datetime new(int year, int month, int day, int hour, int minute, int second, System.DateTimeKind kind)',
    (_t, a) => {
      const [y, m, d, h, mi, s] = parts(a.slice(0, 6));
      return DateTime.fromParts(y!, m!, d!, h, mi, s, 0, kindOf(a[6]));
    },
  )
  .method(
    'datetime new(int year, int month, int day, int hour, int minute, int second, int millisecond)',
    (_t, a) => {
      const [y, m, d, h, mi, s, ms] = parts(a);
      return DateTime.fromParts(y!, m!, d!, h, mi, s, ms);
    },
  )
  .method(
    'datetime new(int year, int month, int day, int hour, int minute, int second, int millisecond, System.DateTimeKind kind)',
    (_t, a) => {
      const [y, m, d, h, mi, s, ms] = parts(a.slice(0, 7));
      return DateTime.fromParts(y!, m!, d!, h, mi, s, ms, kindOf(a[7]));
    },
  );
