/** System.TimeSpan: components, totals, arithmetic, formatting and [timespan]'s statics. */
import { parseTimeSpan } from '../convert/convertTo.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { makeDouble } from '../values/numbers.js';
import { PSReference } from '../values/scalars.js';
import { big, i64, num, str } from './args.js';
import { cultureOf } from './cultureInfo.js';
import { DotNetError, formatError } from './DotNetError.js';
import { defineFamily, defineStatics } from './families.js';
import { toDotNetString } from './toDotNetString.js';

const ts = (v: unknown): TimeSpan => v as TimeSpan;

defineFamily((v): v is TimeSpan => v instanceof TimeSpan)
  .property('Days', 'int', (t) => t.days)
  .property('Hours', 'int', (t) => t.hours)
  .property('Minutes', 'int', (t) => t.minutes)
  .property('Seconds', 'int', (t) => t.seconds)
  .property('Milliseconds', 'int', (t) => t.milliseconds)
  .property('Microseconds', 'int', (t) => t.microseconds)
  .property('Nanoseconds', 'int', (t) => t.nanoseconds)
  .property('Ticks', 'long', (t) => i64(t.ticks))
  .property('TotalDays', 'double', (t) => makeDouble(t.totalDays))
  .property('TotalHours', 'double', (t) => makeDouble(t.totalHours))
  .property('TotalMinutes', 'double', (t) => makeDouble(t.totalMinutes))
  .property('TotalSeconds', 'double', (t) => makeDouble(t.totalSeconds))
  .property('TotalMilliseconds', 'double', (t) => makeDouble(t.totalMilliseconds))
  .method('timespan Add(timespan ts)', (t, [o]) => t.add(ts(o)))
  .method('timespan Subtract(timespan ts)', (t, [o]) => t.subtract(ts(o)))
  .method('timespan Negate()', (t) => t.negate())
  .method('timespan Duration()', (t) => t.duration())
  .method('timespan Multiply(double factor)', (t, [f]) =>
    TimeSpan.fromTicks(BigInt(Math.round(Number(t.ticks) * num(f)))),
  )
  .method('timespan Divide(double divisor)', (t, [f]) =>
    TimeSpan.fromTicks(BigInt(Math.round(Number(t.ticks) / num(f)))),
  )
  .method('string ToString()', (t) => toDotNetString(t))
  .method('string ToString(string format)', (t, [f]) => toDotNetString(t, str(f)))
  .method('string ToString(string format, System.IFormatProvider formatProvider)', (t, [f, p]) =>
    toDotNetString(t, str(f), cultureOf(p)),
  )
  .method('int CompareTo(System.Object value)', (t, [o]) => {
    if (o === null) return 1;
    if (!(o instanceof TimeSpan))
      throw new DotNetError('System.ArgumentException', 'Object must be of type TimeSpan.');
    return t.compareTo(o);
  });

function parse(text: string): TimeSpan {
  const r = parseTimeSpan(text);
  if (!r) throw formatError(`String '${text}' was not recognized as a valid TimeSpan.`);
  return r;
}

const statics = defineStatics('System.TimeSpan');
statics.members
  .property('Zero', 'timespan', () => TimeSpan.Zero)
  .property('MaxValue', 'timespan', () => TimeSpan.MaxValue)
  .property('MinValue', 'timespan', () => TimeSpan.MinValue)
  .property('TicksPerDay', 'long', () => i64(864_000_000_000n))
  .property('TicksPerHour', 'long', () => i64(36_000_000_000n))
  .property('TicksPerMinute', 'long', () => i64(600_000_000n))
  .property('TicksPerSecond', 'long', () => i64(10_000_000n))
  .property('TicksPerMillisecond', 'long', () => i64(10_000n))
  .method('timespan FromDays(double value)', (_t, [v]) => TimeSpan.fromDays(num(v)))
  .method('timespan FromHours(double value)', (_t, [v]) => TimeSpan.fromHours(num(v)))
  .method('timespan FromMinutes(double value)', (_t, [v]) => TimeSpan.fromMinutes(num(v)))
  .method('timespan FromSeconds(double value)', (_t, [v]) => TimeSpan.fromSeconds(num(v)))
  .method('timespan FromMilliseconds(double value)', (_t, [v]) => TimeSpan.fromMilliseconds(num(v)))
  .method('timespan FromTicks(long value)', (_t, [v]) => TimeSpan.fromTicks(big(v)))
  .method('timespan Parse(string s)', (_t, [s]) => parse(str(s) ?? ''))
  .method('bool TryParse(string s, [ref] timespan result)', (_t, [s, r]) => {
    const v = parseTimeSpan(str(s) ?? '');
    (r as PSReference).set(v ?? TimeSpan.Zero);
    return v !== null;
  })
  .method('int Compare(timespan t1, timespan t2)', (_t, [a, b]) => ts(a).compareTo(ts(b)));

statics.constructors
  .method('timespan new()', () => TimeSpan.Zero)
  .method('timespan new(long ticks)', (_t, [t]) => TimeSpan.fromTicks(big(t)))
  .method('timespan new(int hours, int minutes, int seconds)', (_t, [h, m, s]) =>
    TimeSpan.fromHms(num(h), num(m), num(s)),
  )
  .method('timespan new(int days, int hours, int minutes, int seconds)', (_t, [d, h, m, s]) =>
    TimeSpan.fromParts(num(d), num(h), num(m), num(s)),
  )
  .method(
    'timespan new(int days, int hours, int minutes, int seconds, int milliseconds)',
    (_t, [d, h, m, s, ms]) => TimeSpan.fromParts(num(d), num(h), num(m), num(s), num(ms)),
  );
