// What TimeSpan and DateTime share: the 100 ns tick units, the time-of-day components
// of a tick count, and two helpers of their custom format parsers.

export const TICKS_PER_MILLISECOND = 10_000n;
export const TICKS_PER_SECOND = 10_000_000n;
export const TICKS_PER_MINUTE = 600_000_000n;
export const TICKS_PER_HOUR = 36_000_000_000n;
export const TICKS_PER_DAY = 864_000_000_000n;

/** The hour (0..23, negative for negative ticks) of a tick count. */
export function hourOf(ticks: bigint): number {
  return Number((ticks / TICKS_PER_HOUR) % 24n);
}

export function minuteOf(ticks: bigint): number {
  return Number((ticks / TICKS_PER_MINUTE) % 60n);
}

export function secondOf(ticks: bigint): number {
  return Number((ticks / TICKS_PER_SECOND) % 60n);
}

export function millisecondOf(ticks: bigint): number {
  return Number((ticks / TICKS_PER_MILLISECOND) % 1000n);
}

export function compareTicks(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A component zero-padded to `width` digits. */
export function pad(n: number | bigint, width: number): string {
  return String(n).padStart(width, '0');
}

/** How many times the character at `pos` repeats from there ("hh" is 2). */
export function repeatCount(format: string, pos: number): number {
  const ch = format[pos];
  let i = pos + 1;
  while (i < format.length && format[i] === ch) i++;
  return i - pos;
}
