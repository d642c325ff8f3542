/**
 * System.Management.Automation.WildcardPattern, behind -like, switch -Wildcard, Where-Object
 * -like and the -Filter/-Include parameters: `*` any run of characters (newlines too), `?` one
 * character, `[abc]` and `[a-z]` one character from a set, and a backtick escaping the next
 * character. Matching covers the whole string and ignores case unless asked not to.
 *
 * Inside brackets there is no negation (`[!a]` is '!' or 'a'), a `]` right after `[` and a `-`
 * at either end are literal. An unclosed `[` or a reversed range is a WildcardPatternException.
 */
import { CharSet } from './charSet.js';
import { classSource } from './jsRegexEmitter.js';
import { WildcardPatternError } from './regexErrors.js';

const ESCAPE = '`';
const SPECIAL = new Set(['*', '?', '[', ']']);

export interface WildcardOptions {
  readonly caseSensitive?: boolean;
}

/** Translates a wildcard pattern into an anchored JS RegExp. */
export function wildcardToRegex(pattern: string, options: WildcardOptions = {}): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === ESCAPE && i + 1 < pattern.length) {
      source += literalSource(pattern[++i]!);
    } else if (ch === '*') {
      source += '[\\s\\S]*';
    } else if (ch === '?') {
      source += '[\\s\\S]';
    } else if (ch === '[') {
      const { set, end } = readBracket(pattern, i + 1);
      source += classSource(set);
      i = end;
    } else {
      source += literalSource(ch);
    }
  }
  return new RegExp('^' + source + '$', options.caseSensitive ? '' : 'i');
}

function literalSource(ch: string): string {
  return classSource(CharSet.of(ch.charCodeAt(0)));
}

/** Reads a `[...]` set whose content starts at `start`; `end` is the index of its `]`. */
function readBracket(pattern: string, start: number): { set: CharSet; end: number } {
  const members: number[] = [];
  /** Whether each member was escaped: an escaped `-` is never a range operator. */
  const escaped: boolean[] = [];
  let i = start;
  for (;;) {
    if (i >= pattern.length) throw new WildcardPatternError(pattern);
    const ch = pattern[i]!;
    if (ch === ']' && i > start) break;
    if (ch === ESCAPE && i + 1 < pattern.length) {
      members.push(pattern.charCodeAt(i + 1));
      escaped.push(true);
      i += 2;
      continue;
    }
    members.push(ch.charCodeAt(0));
    escaped.push(false);
    i++;
  }
  let set = CharSet.empty;
  for (let k = 0; k < members.length; k++) {
    const isRange = members[k + 1] === 0x2d && !escaped[k + 1] && k + 2 < members.length;
    if (!isRange) {
      set = set.union(CharSet.of(members[k]!));
      continue;
    }
    const from = members[k]!;
    const to = members[k + 2]!;
    if (from > to) throw new WildcardPatternError(pattern);
    set = set.union(CharSet.range(from, to));
    k += 2;
  }
  return { set, end: i };
}

/** A compiled wildcard pattern (WildcardPattern.IsMatch). */
export class WildcardPattern {
  private readonly regex: RegExp;
  constructor(
    readonly pattern: string,
    options: WildcardOptions = {},
  ) {
    this.regex = wildcardToRegex(pattern, options);
  }

  isMatch(text: string): boolean {
    return this.regex.test(text);
  }
}

const CACHE_LIMIT = 256;
const cache = new Map<string, RegExp>();

/** `text -like pattern` (cached, since -like usually runs in a loop over one pattern). */
export function isWildcardMatch(text: string, pattern: string, options: WildcardOptions = {}): boolean {
  const key = (options.caseSensitive ? 'c' : 'i') + pattern;
  let regex = cache.get(key);
  if (!regex) {
    regex = wildcardToRegex(pattern, options);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, regex);
  }
  return regex.test(text);
}

/** WildcardPattern.ContainsWildcardCharacters: an unescaped `*`, `?`, `[` or `]`. */
export function hasWildcards(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ESCAPE) i++;
    else if (SPECIAL.has(text[i]!)) return true;
  }
  return false;
}

/** WildcardPattern.Escape: a backtick before `*`, `?`, `[`, `]` and the backtick itself. */
export function escapeWildcards(text: string): string {
  let out = '';
  for (const ch of text) out += SPECIAL.has(ch) || ch === ESCAPE ? ESCAPE + ch : ch;
  return out;
}

/** WildcardPattern.Unescape: drops a backtick only where it escapes a special character. */
export function unescapeWildcards(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const next = text[i + 1];
    if (text[i] === ESCAPE && next !== undefined && (SPECIAL.has(next) || next === ESCAPE)) {
      out += next;
      i++;
    } else out += text[i];
  }
  return out;
}
