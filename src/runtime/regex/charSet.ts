/**
 * A set of UTF-16 code units, kept as sorted, non-overlapping, non-adjacent inclusive ranges.
 * .NET regex works on UTF-16 code units (a surrogate pair is two characters), so every character
 * class of a .NET pattern becomes one CharSet, and set algebra gives negation, class subtraction
 * (`[a-z-[aeiou]]`) and `\W` inside a class for free. The emitter writes a set as a JS class
 * without the `u` flag, which keeps JS matching on code units too.
 */

export const MAX_CODE_UNIT = 0xffff;

export type CodeRange = readonly [number, number];

export class CharSet {
  private constructor(readonly ranges: readonly CodeRange[]) {}

  static readonly empty = new CharSet([]);
  static readonly all = new CharSet([[0, MAX_CODE_UNIT]]);

  static of(...codes: number[]): CharSet {
    return CharSet.fromRanges(codes.map((c) => [c, c] as const));
  }

  static range(from: number, to: number): CharSet {
    return CharSet.fromRanges([[from, to]]);
  }

  /** Normalises any list of ranges (unsorted, overlapping) into a set. */
  static fromRanges(input: readonly CodeRange[]): CharSet {
    const sorted = [...input].filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
    const merged: [number, number][] = [];
    for (const [a, b] of sorted) {
      const last = merged[merged.length - 1];
      if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    return new CharSet(merged);
  }

  /** The set of code units for which `test` is true (used to derive sets from V8's Unicode data). */
  static fromPredicate(test: (code: number) => boolean): CharSet {
    const ranges: CodeRange[] = [];
    let start = -1;
    for (let c = 0; c <= MAX_CODE_UNIT + 1; c++) {
      const inside = c <= MAX_CODE_UNIT && test(c);
      if (inside && start < 0) start = c;
      else if (!inside && start >= 0) {
        ranges.push([start, c - 1]);
        start = -1;
      }
    }
    return new CharSet(ranges);
  }

  get isEmpty(): boolean {
    return this.ranges.length === 0;
  }

  get size(): number {
    return this.ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
  }

  has(code: number): boolean {
    let lo = 0;
    let hi = this.ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = this.ranges[mid]!;
      if (code < a) hi = mid - 1;
      else if (code > b) lo = mid + 1;
      else return true;
    }
    return false;
  }

  union(other: CharSet): CharSet {
    return CharSet.fromRanges([...this.ranges, ...other.ranges]);
  }

  complement(): CharSet {
    const out: CodeRange[] = [];
    let next = 0;
    for (const [a, b] of this.ranges) {
      if (a > next) out.push([next, a - 1]);
      next = b + 1;
    }
    if (next <= MAX_CODE_UNIT) out.push([next, MAX_CODE_UNIT]);
    return new CharSet(out);
  }

  subtract(other: CharSet): CharSet {
    return this.complement().union(other).complement();
  }

  /**
   * Adds the simple upper- and lower-case forms of every member, which is how a class behaves
   * under RegexOptions.IgnoreCase. Only one-unit mappings count ('ß'.toUpperCase() is 'SS').
   */
  caseClosure(): CharSet {
    const extra: CodeRange[] = [];
    for (const c of casedCodeUnits()) {
      if (!this.has(c)) continue;
      for (const v of caseVariants(c)) if (!this.has(v)) extra.push([v, v]);
    }
    // `this` when already closed, so callers can test closure with ===.
    return extra.length === 0 ? this : CharSet.fromRanges([...this.ranges, ...extra]);
  }
}

let cased: number[] | null = null;

/** The code units that have a different one-unit upper or lower case form (computed once). */
function casedCodeUnits(): readonly number[] {
  if (!cased) {
    cased = [];
    for (let c = 0; c <= MAX_CODE_UNIT; c++) if (caseVariants(c).length > 1) cased.push(c);
  }
  return cased;
}

/** The code unit itself plus its one-unit upper and lower case forms. */
export function caseVariants(code: number): number[] {
  const ch = String.fromCharCode(code);
  const out = [code];
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
    if (v.length === 1 && !out.includes(v.charCodeAt(0))) out.push(v.charCodeAt(0));
  }
  return out;
}
