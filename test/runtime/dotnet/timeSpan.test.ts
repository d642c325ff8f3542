import { describe, expect, it, test } from 'vitest';
import { TimeSpan } from '../../../src/runtime/dotnet/timeSpan.js';
import { formatDouble } from '../../../src/runtime/dotnet/numberFormat.js';
import { TIMESPAN_CASES } from './timeSpan.cases.js';
import { outcome } from './expectDotNet.js';

const r = (x: number): string => formatDouble(x, 'R');

function run(kind: string, a: string, b: string): string {
  switch (kind) {
    case 'format':
      return TimeSpan.fromTicks(BigInt(a)).toString(b);
    case 'props': {
      const t = TimeSpan.fromTicks(BigInt(a));
      return [
        t.days,
        t.hours,
        t.minutes,
        t.seconds,
        t.milliseconds,
        r(t.totalDays),
        r(t.totalHours),
        r(t.totalMinutes),
        r(t.totalSeconds),
        r(t.totalMilliseconds),
      ].join(' ');
    }
    case 'ctor': {
      const [d, h, m, s, ms] = a.split(',').map(Number) as [number, number, number, number, number];
      return TimeSpan.fromParts(d, h, m, s, ms).ticks.toString();
    }
    case 'from': {
      const v = Number(b);
      const f = {
        Days: TimeSpan.fromDays,
        Hours: TimeSpan.fromHours,
        Minutes: TimeSpan.fromMinutes,
        Seconds: TimeSpan.fromSeconds,
        Milliseconds: TimeSpan.fromMilliseconds,
      }[a]!;
      return f(v).ticks.toString();
    }
    default:
      throw new Error(kind);
  }
}

describe('TimeSpan, checked against pwsh 7.6.9', () => {
  test.each(TIMESPAN_CASES)('%s %s %j', (kind, a, b, expected) => {
    expect(outcome(() => run(kind, a, b))).toBe(expected);
  });
});

describe('TimeSpan API', () => {
  it('prints the brief example', () => {
    expect(TimeSpan.fromParts(1, 2, 3, 4, 500).toString()).toBe('1.02:03:04.5000000');
    expect(TimeSpan.fromParts(1, 2, 3, 4).toString('dd\\.hh\\:mm')).toBe('01.02:03');
  });

  it('does arithmetic and comparison', () => {
    const a = TimeSpan.fromHms(1, 30, 0);
    const b = TimeSpan.fromMinutes(45);
    expect(a.add(b).toString()).toBe('02:15:00');
    expect(b.subtract(a).toString()).toBe('-00:45:00');
    expect(b.subtract(a).duration().toString()).toBe('00:45:00');
    expect(a.compareTo(b)).toBe(1);
    expect(a.equals(TimeSpan.fromSeconds(5400))).toBe(true);
    expect(a.negate().totalHours).toBe(-1.5);
  });

  it('throws OverflowException past the range', () => {
    expect(outcome(() => TimeSpan.MaxValue.add(TimeSpan.fromTicks(1)).toString())).toBe(
      '!System.OverflowException: TimeSpan overflowed because the duration is too long.',
    );
  });
});
