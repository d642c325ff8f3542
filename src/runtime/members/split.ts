/**
 * String.Split with .NET semantics (not PowerShell's -split): separators are literal, the first
 * listed one that matches at a position wins, `count` caps the pieces (the last holds the rest),
 * and StringSplitOptions can drop empty pieces (1) and trim them (2).
 */
import { argumentError, mustBeNonNegative } from './DotNetError.js';

const REMOVE_EMPTY = 1;
const TRIM = 2;

const isWhiteSpace = (c: string): boolean => /[\s\u0085]/.test(c);

/**
 * `separators` empty (or all empty strings) splits on white space, except for the single-string
 * overload (`stringOverload`), where an empty separator leaves the text whole.
 */
export function splitString(
  text: string,
  separators: string[],
  count: number | null,
  options: number,
  stringOverload = false,
): string[] {
  if (count !== null && count < 0) throw mustBeNonNegative('count', count);
  if ((options & ~(REMOVE_EMPTY | TRIM)) !== 0) {
    throw argumentError(`Value of flags is invalid. (Parameter 'options')`);
  }
  const max = count ?? Number.MAX_SAFE_INTEGER;
  const pieces: string[] = [];
  const add = (piece: string): void => {
    const p = options & TRIM ? piece.trim() : piece;
    if (p === '' && options & REMOVE_EMPTY) return;
    pieces.push(p);
  };
  if (max === 0) return [];
  const seps = separators.filter((s) => s !== '');
  if (max === 1 || (seps.length === 0 && stringOverload)) {
    add(text);
    return pieces;
  }
  const matchAt = (i: number): number => {
    if (seps.length === 0) return isWhiteSpace(text[i]!) ? 1 : 0;
    for (const s of seps) if (text.startsWith(s, i)) return s.length;
    return 0;
  };
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const len = matchAt(i);
    if (len === 0) {
      i++;
      continue;
    }
    add(text.slice(start, i));
    i += len;
    start = i;
    if (pieces.length === max - 1) break;
  }
  add(text.slice(start));
  return pieces;
}
