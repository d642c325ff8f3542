/** System.String: instance members and [string]'s statics, with .NET (not PowerShell operator) semantics. */
import { toStr } from '../convert/toStringValue.js';
import { formatComposite } from '../dotnet/compositeFormat.js';
import { enumerableItems } from '../values/enumerate.js';
import { PSChar } from '../values/scalars.js';
import { charOf, chars, chr, enumNumber, num, str } from './args.js';
import {
  argumentError,
  argumentNull,
  argumentOutOfRange,
  mustBeAtMost,
  mustBeNonNegative,
} from './DotNetError.js';
import { defineFamily, defineStatics } from './families.js';
import { compareStrings, comparisonOf, fold, stringsEqual, type Comparison } from './stringComparison.js';
import { formatArgument } from './formatArgument.js';
import { splitString } from './split.js';

const strings = defineFamily((v): v is string => typeof v === 'string');

const WHITESPACE = /^[\s\u0085]+|[\s\u0085]+$/g;

function trimChars(s: string, set: string[] | null, start: boolean, end: boolean): string {
  if (set === null || set.length === 0) {
    let r = s;
    if (start) r = r.replace(/^[\s\u0085]+/, '');
    if (end) r = r.replace(/[\s\u0085]+$/, '');
    return r;
  }
  let i = 0;
  let j = s.length;
  if (start) while (i < j && set.includes(s[i]!)) i++;
  if (end) while (j > i && set.includes(s[j - 1]!)) j--;
  return s.slice(i, j);
}

function checkStart(s: string, startIndex: number): void {
  if (startIndex < 0) throw argumentOutOfRange('StartIndex cannot be less than zero.', 'startIndex');
  if (startIndex > s.length)
    throw argumentOutOfRange('startIndex cannot be larger than length of string.', 'startIndex');
}

function substring(s: string, startIndex: number, length?: number): string {
  if (length === undefined) {
    if (startIndex < 0) throw mustBeNonNegative('startIndex', startIndex);
    checkStart(s, startIndex);
    return s.slice(startIndex);
  }
  if (startIndex < 0) throw mustBeNonNegative('startIndex', startIndex);
  if (length < 0) throw mustBeNonNegative('length', length);
  if (startIndex > s.length)
    throw argumentOutOfRange('startIndex cannot be larger than length of string.', 'startIndex');
  if (startIndex + length > s.length)
    throw argumentOutOfRange('Index and length must refer to a location within the string.', 'length');
  return s.slice(startIndex, startIndex + length);
}

function remove(s: string, startIndex: number, count?: number): string {
  if (count === undefined) {
    checkStart(s, startIndex);
    return s.slice(0, startIndex);
  }
  if (startIndex < 0) throw mustBeNonNegative('startIndex', startIndex);
  if (count < 0) throw mustBeNonNegative('count', count);
  if (count > s.length - startIndex) throw mustBeAtMost('count', count, s.length - startIndex);
  return s.slice(0, startIndex) + s.slice(startIndex + count);
}

const searchRangeError = (): Error =>
  argumentOutOfRange(
    'Index was out of range. Must be non-negative and less than or equal to the size of the collection.',
    'startIndex',
  );

function indexOf(
  s: string,
  value: string,
  startIndex = 0,
  count?: number,
  comparison: Comparison = 'CurrentCulture',
): number {
  if (startIndex < 0 || startIndex > s.length) throw searchRangeError();
  const end = count === undefined ? s.length : startIndex + count;
  if (count !== undefined && (count < 0 || end > s.length))
    throw argumentOutOfRange(
      'Count must be positive and count must refer to a location within the string/array/collection.',
      'count',
    );
  const i = fold(s.slice(0, end), comparison).indexOf(fold(value, comparison), startIndex);
  return i;
}

function lastIndexOf(
  s: string,
  value: string,
  startIndex = s.length - 1,
  comparison: Comparison = 'CurrentCulture',
): number {
  if (s.length === 0) return value === '' ? 0 : -1;
  if (startIndex < 0 || startIndex >= s.length) {
    if (!(startIndex === s.length && value === ''))
      throw argumentOutOfRange(
        'Index was out of range. Must be non-negative and less than the size of the collection.',
        'startIndex',
      );
  }
  if (value === '') return Math.min(startIndex + 1, s.length);
  // The match must end at or before startIndex.
  return fold(s, comparison).lastIndexOf(fold(value, comparison), startIndex - value.length + 1);
}

function indexOfAny(s: string, anyOf: string[], startIndex = 0, count = s.length - startIndex): number {
  if (startIndex < 0 || startIndex > s.length) throw searchRangeError();
  for (let i = startIndex; i < startIndex + count && i < s.length; i++) if (anyOf.includes(s[i]!)) return i;
  return -1;
}

function pad(s: string, width: number, c: string, left: boolean): string {
  if (width < 0) throw mustBeNonNegative('totalWidth', width);
  return left ? s.padStart(width, c) : s.padEnd(width, c);
}

function replace(s: string, oldValue: string, newValue: string, comparison: Comparison = 'Ordinal'): string {
  if (oldValue === '') throw argumentError('The value cannot be an empty string.', 'oldValue');
  const hay = fold(s, comparison);
  const needle = fold(oldValue, comparison);
  let out = '';
  let pos = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, pos)) {
    out += s.slice(pos, i) + newValue;
    pos = i + oldValue.length;
  }
  return out + s.slice(pos);
}

const startsWith = (s: string, v: string, c: Comparison = 'CurrentCulture'): boolean =>
  fold(s, c).startsWith(fold(v, c));
const endsWith = (s: string, v: string, c: Comparison = 'CurrentCulture'): boolean =>
  fold(s, c).endsWith(fold(v, c));
const contains = (s: string, v: string, c: Comparison = 'Ordinal'): boolean =>
  fold(s, c).includes(fold(v, c));
const ignoreCaseFlag = (b: unknown): Comparison =>
  b === true ? 'CurrentCultureIgnoreCase' : 'CurrentCulture';
const toCharArray = (s: string): PSChar[] => s.split('').map(charOf);
const s0 = (v: unknown): string => str(v) ?? '';

strings
  .property('Length', 'int', (s) => s.length)
  .method('char Chars(int index)', (s, [i]) => {
    const k = num(i);
    if (k < 0 || k >= s.length) throw new RangeError('Index was outside the bounds of the array.');
    return charOf(s[k]!);
  })
  .method('string Substring(int startIndex)', (s, [i]) => substring(s, num(i)))
  .method('string Substring(int startIndex, int length)', (s, [i, n]) => substring(s, num(i), num(n)))
  .method('string Trim()', (s) => s.replace(WHITESPACE, ''))
  .method('string Trim(char trimChar)', (s, [c]) => trimChars(s, [chr(c)], true, true))
  .method('string Trim(params char[] trimChars)', (s, [c]) => trimChars(s, chars(c), true, true))
  .method('string TrimStart()', (s) => trimChars(s, null, true, false))
  .method('string TrimStart(char trimChar)', (s, [c]) => trimChars(s, [chr(c)], true, false))
  .method('string TrimStart(params char[] trimChars)', (s, [c]) => trimChars(s, chars(c), true, false))
  .method('string TrimEnd()', (s) => trimChars(s, null, false, true))
  .method('string TrimEnd(char trimChar)', (s, [c]) => trimChars(s, [chr(c)], false, true))
  .method('string TrimEnd(params char[] trimChars)', (s, [c]) => trimChars(s, chars(c), false, true))
  .method('string[] Split(char separator, System.StringSplitOptions options)', (s, [c, o]) =>
    splitString(s, [chr(c)], null, enumNumber(o)),
  )
  .method('string[] Split(char separator, int count, System.StringSplitOptions options)', (s, [c, n, o]) =>
    splitString(s, [chr(c)], num(n), enumNumber(o)),
  )
  .method('string[] Split(params char[] separator)', (s, [c]) => splitString(s, chars(c), null, 0))
  .method('string[] Split(char[] separator, int count)', (s, [c, n]) => splitString(s, chars(c), num(n), 0))
  .method('string[] Split(char[] separator, System.StringSplitOptions options)', (s, [c, o]) =>
    splitString(s, chars(c), null, enumNumber(o)),
  )
  .method('string[] Split(char[] separator, int count, System.StringSplitOptions options)', (s, [c, n, o]) =>
    splitString(s, chars(c), num(n), enumNumber(o)),
  )
  .method('string[] Split(string separator)', (s, [sep]) => splitString(s, [s0(sep)], null, 0, true))
  .method('string[] Split(string separator, System.StringSplitOptions options)', (s, [sep, o]) =>
    splitString(s, [s0(sep)], null, enumNumber(o), true),
  )
  .method(
    'string[] Split(string separator, int count, System.StringSplitOptions options)',
    (s, [sep, n, o]) => splitString(s, [s0(sep)], num(n), enumNumber(o), true),
  )
  .method('string[] Split(string[] separator, System.StringSplitOptions options)', (s, [sep, o]) =>
    splitString(s, stringList(sep), null, enumNumber(o)),
  )
  .method(
    'string[] Split(string[] separator, int count, System.StringSplitOptions options)',
    (s, [sep, n, o]) => splitString(s, stringList(sep), num(n), enumNumber(o)),
  )
  .method('string Replace(string oldValue, string newValue)', (s, [a, b]) => replace(s, s0(a), s0(b)))
  .method('string Replace(char oldChar, char newChar)', (s, [a, b]) => s.split(chr(a)).join(chr(b)))
  .method(
    'string Replace(string oldValue, string newValue, System.StringComparison comparisonType)',
    (s, [a, b, c]) => replace(s, s0(a), s0(b), comparisonOf(c)),
  )
  .method(
    'string Replace(string oldValue, string newValue, bool ignoreCase, cultureinfo culture)',
    (s, [a, b, i]) => replace(s, s0(a), s0(b), ignoreCaseFlag(i)),
  )
  .method('string ToLower()', (s) => s.toLowerCase())
  .method('string ToLowerInvariant()', (s) => s.toLowerCase())
  .method('string ToUpper()', (s) => s.toUpperCase())
  .method('string ToUpperInvariant()', (s) => s.toUpperCase())
  .method('bool Contains(string value)', (s, [v]) => contains(s, s0(v)))
  .method('bool Contains(string value, System.StringComparison comparisonType)', (s, [v, c]) =>
    contains(s, s0(v), comparisonOf(c)),
  )
  .method('bool Contains(char value)', (s, [v]) => s.includes(chr(v)))
  .method('bool Contains(char value, System.StringComparison comparisonType)', (s, [v, c]) =>
    contains(s, chr(v), comparisonOf(c)),
  )
  .method('bool StartsWith(string value)', (s, [v]) => startsWith(s, s0(v)))
  .method('bool StartsWith(string value, System.StringComparison comparisonType)', (s, [v, c]) =>
    startsWith(s, s0(v), comparisonOf(c)),
  )
  .method('bool StartsWith(string value, bool ignoreCase, cultureinfo culture)', (s, [v, i]) =>
    startsWith(s, s0(v), ignoreCaseFlag(i)),
  )
  .method('bool StartsWith(char value)', (s, [v]) => s.startsWith(chr(v)))
  .method('bool EndsWith(string value)', (s, [v]) => endsWith(s, s0(v)))
  .method('bool EndsWith(string value, System.StringComparison comparisonType)', (s, [v, c]) =>
    endsWith(s, s0(v), comparisonOf(c)),
  )
  .method('bool EndsWith(string value, bool ignoreCase, cultureinfo culture)', (s, [v, i]) =>
    endsWith(s, s0(v), ignoreCaseFlag(i)),
  )
  .method('bool EndsWith(char value)', (s, [v]) => s.endsWith(chr(v)))
  .method('int IndexOf(char value)', (s, [v]) => s.indexOf(chr(v)))
  .method('int IndexOf(char value, int startIndex)', (s, [v, i]) =>
    indexOf(s, chr(v), num(i), undefined, 'Ordinal'),
  )
  .method('int IndexOf(char value, int startIndex, int count)', (s, [v, i, n]) =>
    indexOf(s, chr(v), num(i), num(n), 'Ordinal'),
  )
  .method('int IndexOf(string value)', (s, [v]) => indexOf(s, s0(v)))
  .method('int IndexOf(string value, int startIndex)', (s, [v, i]) => indexOf(s, s0(v), num(i)))
  .method('int IndexOf(string value, int startIndex, int count)', (s, [v, i, n]) =>
    indexOf(s, s0(v), num(i), num(n)),
  )
  .method('int IndexOf(string value, System.StringComparison comparisonType)', (s, [v, c]) =>
    indexOf(s, s0(v), 0, undefined, comparisonOf(c)),
  )
  .method(
    'int IndexOf(string value, int startIndex, System.StringComparison comparisonType)',
    (s, [v, i, c]) => indexOf(s, s0(v), num(i), undefined, comparisonOf(c)),
  )
  .method('int LastIndexOf(char value)', (s, [v]) => s.lastIndexOf(chr(v)))
  .method('int LastIndexOf(char value, int startIndex)', (s, [v, i]) =>
    lastIndexOf(s, chr(v), num(i), 'Ordinal'),
  )
  .method('int LastIndexOf(string value)', (s, [v]) => lastIndexOf(s, s0(v)))
  .method('int LastIndexOf(string value, int startIndex)', (s, [v, i]) => lastIndexOf(s, s0(v), num(i)))
  .method('int LastIndexOf(string value, System.StringComparison comparisonType)', (s, [v, c]) =>
    lastIndexOf(s, s0(v), s.length - 1, comparisonOf(c)),
  )
  .method('int IndexOfAny(char[] anyOf)', (s, [a]) => indexOfAny(s, chars(a)))
  .method('int IndexOfAny(char[] anyOf, int startIndex)', (s, [a, i]) => indexOfAny(s, chars(a), num(i)))
  .method('int IndexOfAny(char[] anyOf, int startIndex, int count)', (s, [a, i, n]) =>
    indexOfAny(s, chars(a), num(i), num(n)),
  )
  .method('int LastIndexOfAny(char[] anyOf)', (s, [a]) => {
    const set = chars(a);
    for (let i = s.length - 1; i >= 0; i--) if (set.includes(s[i]!)) return i;
    return -1;
  })
  .method('string PadLeft(int totalWidth)', (s, [w]) => pad(s, num(w), ' ', true))
  .method('string PadLeft(int totalWidth, char paddingChar)', (s, [w, c]) => pad(s, num(w), chr(c), true))
  .method('string PadRight(int totalWidth)', (s, [w]) => pad(s, num(w), ' ', false))
  .method('string PadRight(int totalWidth, char paddingChar)', (s, [w, c]) => pad(s, num(w), chr(c), false))
  .method('string Insert(int startIndex, string value)', (s, [i, v]) => {
    const k = num(i);
    if (k < 0) throw mustBeNonNegative('startIndex', k);
    if (k > s.length) throw mustBeAtMost('startIndex', k, s.length);
    return s.slice(0, k) + s0(v) + s.slice(k);
  })
  .method('string Remove(int startIndex)', (s, [i]) => remove(s, num(i)))
  .method('string Remove(int startIndex, int count)', (s, [i, n]) => remove(s, num(i), num(n)))
  .method('bool Equals(string value)', (s, [v]) => typeof v === 'string' && s === v)
  .method('bool Equals(string value, System.StringComparison comparisonType)', (s, [v, c]) =>
    stringsEqual(s, s0(v), comparisonOf(c)),
  )
  .method('int CompareTo(string strB)', (s, [v]) => compareStrings(s, str(v)))
  .method('string Normalize()', (s) => s.normalize('NFC'))
  .method('string Normalize(System.Text.NormalizationForm normalizationForm)', (s, [f]) =>
    s.normalize(enumNameOf(f)),
  )
  .method('bool IsNormalized()', (s) => s === s.normalize('NFC'))
  .method('char[] ToCharArray()', (s) => toCharArray(s))
  .method('char[] ToCharArray(int startIndex, int length)', (s, [i, n]) => {
    const k = num(i);
    const len = num(n);
    if (k < 0) throw mustBeNonNegative('startIndex', k);
    if (len < 0) throw mustBeNonNegative('length', len);
    if (k > s.length - len) throw mustBeAtMost('startIndex', k, s.length - len);
    return toCharArray(s.slice(k, k + len));
  })
  .method('string ToString()', (s) => s)
  .method('string ToString(System.IFormatProvider provider)', (s) => s)
  .method('string Clone()', (s) => s);

function enumNameOf(v: unknown): 'NFC' | 'NFD' | 'NFKC' | 'NFKD' {
  const n = String(v).replace(/^Form/, 'NF');
  return n === 'NFD' || n === 'NFKC' || n === 'NFKD' ? n : 'NFC';
}

function stringList(v: unknown): string[] {
  return (enumerableItems(v) ?? []).map((x) => str(x) ?? '');
}

function joinValues(separator: unknown, values: unknown): string {
  const items = enumerableItems(values) ?? [values];
  return items.map((v) => (v === null ? '' : toStr(v))).join(s0(separator));
}

const stringStatics = defineStatics('System.String').members;
stringStatics
  .property('Empty', 'string', () => '')
  .method('bool IsNullOrEmpty(string value)', (_t, [v]) => v === null || v === '')
  .method('bool IsNullOrWhiteSpace(string value)', (_t, [v]) => v === null || /^[\s\u0085]*$/.test(s0(v)))
  .method('string Join(string separator, params string[] value)', (_t, [sep, v]) => joinValues(sep, v))
  .method('string Join(char separator, params string[] value)', (_t, [sep, v]) => joinValues(chr(sep), v))
  .method('string Concat(params System.Object[] args)', (_t, [v]) => joinValues('', v))
  .method('int Compare(string strA, string strB)', (_t, [a, b]) => compareStrings(str(a), str(b)))
  .method('int Compare(string strA, string strB, bool ignoreCase)', (_t, [a, b, i]) =>
    compareStrings(str(a), str(b), ignoreCaseFlag(i)),
  )
  .method('int Compare(string strA, string strB, System.StringComparison comparisonType)', (_t, [a, b, c]) =>
    compareStrings(str(a), str(b), comparisonOf(c)),
  )
  .method('int CompareOrdinal(string strA, string strB)', (_t, [a, b]) =>
    compareStrings(str(a), str(b), 'Ordinal'),
  )
  .method('bool Equals(string a, string b)', (_t, [a, b]) => a === b)
  .method('bool Equals(string a, string b, System.StringComparison comparisonType)', (_t, [a, b, c]) =>
    stringsEqual(s0(a), s0(b), comparisonOf(c)),
  )
  .method('string Format(string format, params System.Object[] args)', (_t, [f, a]) => {
    if (f === null) throw argumentNull('format');
    return formatComposite(s0(f), enumerableItems(a) ?? [], formatArgument);
  });
defineStatics('System.String')
  .constructors.method('string new(char c, int count)', (_t, [c, n]) => {
    const k = num(n);
    if (k < 0) throw mustBeNonNegative('count', k);
    return chr(c).repeat(k);
  })
  .method('string new(char[] value)', (_t, [v]) => chars(v).join(''));
