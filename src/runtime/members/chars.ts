/** System.Char: instance CompareTo/ToString and [char]'s classification statics (IsDigit, IsLetter, ToUpper, ...). */
import { PSChar } from '../values/scalars.js';
import { charOf, chr, num, str } from './args.js';
import { argumentOutOfRange, DotNetError } from './DotNetError.js';
import { defineFamily, defineStatics } from './families.js';

defineFamily((v): v is PSChar => v instanceof PSChar)
  .method('int CompareTo(System.Object value)', (c, [o]) => {
    if (o === null) return 1;
    if (!(o instanceof PSChar))
      throw new DotNetError('System.ArgumentException', 'Object must be of type Char.');
    return c.code - o.code;
  })
  .method('string ToString()', (c) => c.toString());

const TESTS: [string, RegExp][] = [
  ['IsDigit', /^\p{Nd}$/u],
  ['IsNumber', /^\p{N}$/u],
  ['IsLetter', /^\p{L}$/u],
  ['IsLetterOrDigit', /^[\p{L}\p{Nd}]$/u],
  ['IsUpper', /^\p{Lu}$/u],
  ['IsLower', /^\p{Ll}$/u],
  ['IsWhiteSpace', /^[\s\u0085]$/u],
  ['IsPunctuation', /^\p{P}$/u],
  ['IsSymbol', /^\p{S}$/u],
  ['IsControl', /^\p{Cc}$/u],
  ['IsSeparator', /^\p{Z}$/u],
  ['IsSurrogate', /^[\uD800-\uDFFF]$/],
  ['IsAscii', /^[\0-\x7f]$/],
];

/** The char at an index of a string ([char]::IsDigit('a1', 1)). */
function charAt(s: unknown, i: unknown): string {
  const text = str(s) ?? '';
  const k = num(i);
  if (k < 0 || k >= text.length)
    throw argumentOutOfRange(
      'Index was out of range. Must be non-negative and less than the size of the collection.',
      'index',
    );
  return text[k]!;
}

const statics = defineStatics('System.Char').members;
for (const [name, re] of TESTS) {
  statics
    .method(`bool ${name}(char c)`, (_t, [c]) => re.test(chr(c)))
    .method(`bool ${name}(string s, int index)`, (_t, [s, i]) => re.test(charAt(s, i)));
}
statics
  .property('MaxValue', 'char', () => new PSChar(0xffff))
  .property('MinValue', 'char', () => new PSChar(0))
  .method('char ToUpper(char c)', (_t, [c]) => charOf(upperOrSelf(chr(c))))
  .method('char ToLower(char c)', (_t, [c]) => charOf(lowerOrSelf(chr(c))))
  .method('char ToUpperInvariant(char c)', (_t, [c]) => charOf(upperOrSelf(chr(c))))
  .method('char ToLowerInvariant(char c)', (_t, [c]) => charOf(lowerOrSelf(chr(c))))
  .method('string ToString(char c)', (_t, [c]) => chr(c))
  .method('double GetNumericValue(char c)', (_t, [c]) => (/^\d$/.test(chr(c)) ? Number(chr(c)) : -1))
  .method('string ConvertFromUtf32(int utf32)', (_t, [n]) => String.fromCodePoint(num(n)))
  .method('int ConvertToUtf32(string s, int index)', (_t, [s, i]) => (str(s) ?? '').codePointAt(num(i)) ?? 0)
  .method('char Parse(string s)', (_t, [s]) => {
    const t = str(s) ?? '';
    if (t.length !== 1)
      throw new DotNetError('System.FormatException', 'String must be exactly one character long.');
    return charOf(t);
  });

/** Case mapping that keeps one char one char (ß stays ß), as Char.ToUpper does. */
function upperOrSelf(c: string): string {
  const u = c.toUpperCase();
  return u.length === 1 ? u : c;
}
function lowerOrSelf(c: string): string {
  const l = c.toLowerCase();
  return l.length === 1 ? l : c;
}
