/**
 * String comparison as .NET does it: ordinal (UTF-16 code units), ordinal ignoring case, and
 * culture-aware (en-US collation: 'a' sorts before 'A' and before 'B').
 */
import { enumName } from './args.js';

const culture = new Intl.Collator('en-US', { sensitivity: 'variant' });
const cultureIgnoreCase = new Intl.Collator('en-US', { sensitivity: 'accent' });

export type Comparison =
  | 'CurrentCulture'
  | 'CurrentCultureIgnoreCase'
  | 'InvariantCulture'
  | 'InvariantCultureIgnoreCase'
  | 'Ordinal'
  | 'OrdinalIgnoreCase';

export function comparisonOf(v: unknown): Comparison {
  return enumName(v) as Comparison;
}

export const ignoresCase = (c: Comparison): boolean => c.endsWith('IgnoreCase');

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

/** String.Compare(a, b, comparison): negative, zero or positive (ordinal gives the code difference). */
export function compareStrings(
  a: string | null,
  b: string | null,
  comparison: Comparison = 'CurrentCulture',
): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  switch (comparison) {
    case 'Ordinal':
      return ordinal(a, b);
    case 'OrdinalIgnoreCase':
      return ordinal(a.toUpperCase(), b.toUpperCase());
    case 'CurrentCultureIgnoreCase':
    case 'InvariantCultureIgnoreCase':
      return sign(cultureIgnoreCase.compare(a, b));
    default:
      return sign(culture.compare(a, b));
  }
}

function ordinal(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

export function stringsEqual(a: string, b: string, comparison: Comparison = 'Ordinal'): boolean {
  return ignoresCase(comparison)
    ? a.toUpperCase() === b.toUpperCase() || compareStrings(a, b, comparison) === 0
    : a === b;
}

/** Case folding for the searches (IndexOf, StartsWith, Replace ...). */
export function fold(s: string, comparison: Comparison): string {
  if (!ignoresCase(comparison)) return s;
  let out = '';
  // Char by char, so that indexes in the folded text are indexes in the original.
  for (const c of s.split('')) {
    const u = c.toUpperCase();
    out += u.length === 1 ? u : c;
  }
  return out;
}
