/**
 * PowerShell's -split and -csplit operators and .NET's Regex.Split underneath them.
 *
 * - unary `-split 'a b'` trims the string and splits on runs of whitespace;
 * - `-split pattern, max, options`: max 0 means all pieces, a positive max caps the number of
 *   pieces (the last one keeps the rest), a negative max counts from the right;
 * - text captured by groups in the delimiter is inserted between the pieces;
 * - a script-block delimiter is tested against every character.
 * Negative counts are computed from the left-to-right matches (the last |max|-1 of them), which
 * differs from .NET's right-to-left scan only when matches could overlap.
 */
import { compileDotNetRegex, type CompiledRegex } from './dotnetRegex.js';
import {
  INVALID_SPLIT_OPTION_COMBINATION_ERROR_ID,
  INVALID_SPLIT_OPTION_COMBINATION_MESSAGE,
  invalidSplitOptionMessage,
  SplitOptionError,
} from './regexErrors.js';
import { regexEscape } from './regexEscape.js';
import type { RegexMatch } from './matchResult.js';

/** System.Management.Automation.SplitOptions, in the enum's declaration order. */
export const SPLIT_OPTION_NAMES = Object.freeze([
  'SimpleMatch',
  'RegexMatch',
  'CultureInvariant',
  'IgnorePatternWhitespace',
  'Multiline',
  'Singleline',
  'IgnoreCase',
  'ExplicitCapture',
] as const);

export type SplitOptionName = (typeof SPLIT_OPTION_NAMES)[number];
export type SplitOptions = ReadonlySet<SplitOptionName>;

/**
 * Parses the options argument (`'SimpleMatch, IgnoreCase'`, names case-insensitive) and checks
 * the combination: SimpleMatch allows only IgnoreCase beside it.
 */
export function parseSplitOptions(value: string | readonly string[]): SplitOptions {
  const text = typeof value === 'string' ? value : value.join(',');
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const out = new Set<SplitOptionName>();
  for (const name of names) {
    const known = SPLIT_OPTION_NAMES.find((n) => n.toLowerCase() === name.toLowerCase());
    if (!known) throw new SplitOptionError('RuntimeException', invalidSplitOptionMessage(text, name));
    out.add(known);
  }
  validateSplitOptions(out);
  return out;
}

export function validateSplitOptions(options: SplitOptions): void {
  if (options.has('SimpleMatch') && [...options].some((o) => o !== 'SimpleMatch' && o !== 'IgnoreCase')) {
    throw new SplitOptionError(
      INVALID_SPLIT_OPTION_COMBINATION_ERROR_ID,
      INVALID_SPLIT_OPTION_COMBINATION_MESSAGE,
    );
  }
}

/** .NET Char.IsWhiteSpace, which String.Trim() strips (JS `\s` differs: it has U+FEFF, lacks U+0085). */
const WHITE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const TRIM_EDGES = new RegExp(`^${WHITE}+|${WHITE}+$`, 'g');

/** Unary `-split $text`. */
export function unarySplit(input: string): string[] {
  const trimmed = input.replace(TRIM_EDGES, '');
  return regexSplit(compileDotNetRegex('\\s+'), trimmed);
}

export interface SplitRequest {
  /** The -split max-substrings argument; 0 (the default) means no limit. */
  readonly limit?: number;
  readonly options?: SplitOptions;
  /** True for -csplit (an explicit IgnoreCase option still wins). */
  readonly caseSensitive?: boolean;
}

/** Binary `$text -split $delimiter, $limit, $options`. */
export function splitByPattern(input: string, delimiter: string, request: SplitRequest = {}): string[] {
  const options = request.options ?? new Set<SplitOptionName>();
  validateSplitOptions(options);
  const pattern = options.has('SimpleMatch') ? regexEscape(delimiter) : delimiter;
  const regex = compileDotNetRegex(pattern, {
    ignoreCase: options.has('IgnoreCase') || !request.caseSensitive,
    multiline: options.has('Multiline'),
    singleline: options.has('Singleline'),
    explicitCapture: options.has('ExplicitCapture'),
    ignorePatternWhitespace: options.has('IgnorePatternWhitespace'),
  });
  const limit = request.limit ?? 0;
  return limit < 0 ? splitFromRight(regex, input, -limit) : regexSplit(regex, input, limit);
}

/**
 * The pieces between `matches` plus the text each match captured in its groups. Like .NET, the
 * k-th group is tested for success by position but read by number k (see RegexGroupCollection).
 */
function assemble(input: string, matches: readonly RegexMatch[]): string[] {
  const out: string[] = [];
  let copied = 0;
  for (const m of matches) {
    out.push(input.slice(copied, m.index));
    m.groups.inOrder.forEach((group, k) => {
      if (k > 0 && group.success) out.push(m.groups.get(k).value);
    });
    copied = m.index + m.length;
  }
  out.push(input.slice(copied));
  return out;
}

/** Regex.Split(input, count, startat): at most `count` pieces (0 = no limit). */
export function regexSplit(regex: CompiledRegex, input: string, count = 0, startAt = 0): string[] {
  if (count === 1) return [input];
  const matches: RegexMatch[] = [];
  for (let m = regex.match(input, startAt); m.success; m = m.nextMatch()) {
    matches.push(m);
    if (count > 0 && matches.length === count - 1) break;
  }
  return assemble(input, matches);
}

function splitFromRight(regex: CompiledRegex, input: string, count: number): string[] {
  if (count === 1) return [input];
  const all = regex.matches(input);
  return assemble(input, all.slice(Math.max(0, all.length - (count - 1))));
}

/**
 * `$text -split { predicate }, $limit`: every character for which the predicate is true is a
 * delimiter. The predicate receives the character ($_), its index and the whole string ($args).
 */
export function splitByPredicate(
  input: string,
  isDelimiter: (char: string, index: number, input: string) => boolean,
  limit = 0,
): string[] {
  if (limit === 1 || limit === -1) return [input];
  const fromRight = limit < 0;
  const max = Math.abs(limit);
  const pieces: string[] = [];
  let current = '';
  const step = fromRight ? -1 : 1;
  for (let i = fromRight ? input.length - 1 : 0; i >= 0 && i < input.length; i += step) {
    const ch = input[i]!;
    if (!isDelimiter(ch, i, input)) {
      current = fromRight ? ch + current : current + ch;
      continue;
    }
    pieces.push(current);
    current = '';
    if (max > 0 && pieces.length >= max - 1) {
      pieces.push(fromRight ? input.slice(0, i) : input.slice(i + 1));
      return fromRight ? pieces.reverse() : pieces;
    }
  }
  pieces.push(current);
  return fromRight ? pieces.reverse() : pieces;
}
