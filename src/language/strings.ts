/**
 * String literal text (about_Quoting_Rules, about_Special_Characters): quotes, here-string bodies
 * and backtick escapes. Expansion of `$var` and `$( )` is the AST builder's, which parses them.
 */
import { isNewLine, isSingleQuote } from '../../grammar/characters.js';

/** The value of a single-quoted string token: quotes removed, doubled quotes made single. */
export function verbatimStringValue(image: string): string {
  const body = image.length >= 2 && isSingleQuote(image[image.length - 1]) ? image.slice(1, -1) : image.slice(1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    out += c;
    if (isSingleQuote(c) && isSingleQuote(body[i + 1])) i++;
  }
  return out;
}

/**
 * The range of a here-string's body within its token: from after the header line to before the
 * line break that precedes the footer. Offsets are relative to the token.
 */
export function hereStringBody(image: string): { start: number; end: number } {
  let start = 2;
  while (start < image.length && !isNewLine(image[start])) start++;
  if (image[start] === '\r' && image[start + 1] === '\n') start += 2;
  else if (start < image.length) start++;
  let end = image.length;
  const closed = image.length >= 4 && image[image.length - 1] === '@';
  if (closed) {
    end = image.length - 2;
    if (image[end - 1] === '\n') end--;
    if (image[end - 1] === '\r') end--;
  }
  return { start, end: Math.max(start, end) };
}

const escapes: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/**
 * Reads a backtick escape at `text[i]` (the backtick). Returns the character(s) it stands for and
 * the offset after it. `` `u{263A} `` is a Unicode code point.
 */
export function readEscape(text: string, i: number, end: number): { value: string; next: number } {
  const c = text[i + 1];
  if (c === undefined || i + 1 >= end) return { value: '', next: i + 1 };
  if (c === 'u' && text[i + 2] === '{') {
    const close = text.indexOf('}', i + 3);
    if (close > 0 && close < end) {
      const code = parseInt(text.slice(i + 3, close), 16);
      if (!Number.isNaN(code) && code <= 0x10ffff) return { value: String.fromCodePoint(code), next: close + 1 };
    }
  }
  if (c === '\r' && text[i + 2] === '\n') return { value: '\r\n', next: i + 3 };
  return { value: escapes[c] ?? c, next: i + 2 };
}
