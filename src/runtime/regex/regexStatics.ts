/**
 * The [regex] type as scripts use it: the static methods (`[regex]::Escape`, `::Match`, ...) as
 * plain functions over strings, and DotNetRegex, the value of `[regex]'pattern'` or
 * `[regex]::new(pattern, options)`. Unlike the PowerShell operators these are case-sensitive
 * unless RegexOptions.IgnoreCase is given, as in .NET.
 */
import { TimeSpan } from '../dotnet/timeSpan.js';
import { DotNetError } from '../members/DotNetError.js';
import { compileDotNetRegex, type CompiledRegex, type DotNetRegexOptions } from './dotnetRegex.js';
import type { RegexMatch } from './matchResult.js';
import { regexReplace, type MatchEvaluator } from './replace.js';
import { regexEscape, regexUnescape } from './regexEscape.js';
import { regexSplit } from './split.js';

/** System.Text.RegularExpressions.RegexOptions, name -> flag value, in declaration order. */
export const REGEX_OPTION_FLAGS: ReadonlyMap<string, number> = new Map([
  ['None', 0],
  ['IgnoreCase', 1],
  ['Multiline', 2],
  ['ExplicitCapture', 4],
  ['Compiled', 8],
  ['Singleline', 16],
  ['IgnorePatternWhitespace', 32],
  ['RightToLeft', 64],
  ['ECMAScript', 256],
  ['CultureInvariant', 512],
  ['NonBacktracking', 1024],
]);

const UNSUPPORTED_FLAGS = ['RightToLeft', 'ECMAScript'] as const;

/** `'IgnoreCase, Multiline'` (names case-insensitive) or a number -> the flags value. */
export function parseRegexOptions(value: string | number): number {
  if (typeof value === 'number') return value;
  let flags = 0;
  for (const part of value.split(',').map((s) => s.trim())) {
    const entry = [...REGEX_OPTION_FLAGS].find(([name]) => name.toLowerCase() === part.toLowerCase());
    if (!entry) {
      throw new DotNetError(
        'System.Management.Automation.PSInvalidCastException',
        `Cannot convert value "${value}" to type "System.Text.RegularExpressions.RegexOptions". Error: ` +
          `"Unable to match the identifier name ${part} to a valid enumerator name. Specify one of the following enumerator names and try again:\n` +
          `${[...REGEX_OPTION_FLAGS.keys()].join(', ')}"`,
      );
    }
    flags |= entry[1];
  }
  return flags;
}

/** The flags as RegexOptions.ToString() shows them ('None', 'IgnoreCase, Multiline'). */
export function regexOptionsText(flags: number): string {
  const names = [...REGEX_OPTION_FLAGS]
    .filter(([, bit]) => bit !== 0 && (flags & bit) === bit)
    .map(([n]) => n);
  return names.length === 0 ? 'None' : names.join(', ');
}

export function regexOptionsFromFlags(flags: number): DotNetRegexOptions {
  for (const name of UNSUPPORTED_FLAGS) {
    if (flags & REGEX_OPTION_FLAGS.get(name)!) {
      throw new DotNetError(
        'System.NotSupportedException',
        `RegexOptions.${name} is not supported by tenantsh.`,
      );
    }
  }
  return {
    ignoreCase: (flags & 1) !== 0,
    multiline: (flags & 2) !== 0,
    explicitCapture: (flags & 4) !== 0,
    singleline: (flags & 16) !== 0,
    ignorePatternWhitespace: (flags & 32) !== 0,
  };
}

/** Regex.InfiniteMatchTimeout, what MatchTimeout shows for a regex made without a timeout. */
const INFINITE_MATCH_TIMEOUT = TimeSpan.fromTicks(-10000);

/** An instance of System.Text.RegularExpressions.Regex. */
export class DotNetRegex {
  readonly psTypeName = 'System.Text.RegularExpressions.Regex';
  readonly compiled: CompiledRegex;

  constructor(
    readonly pattern: string,
    /** RegexOptions flags. */
    readonly options: number = 0,
  ) {
    this.compiled = compileDotNetRegex(pattern, regexOptionsFromFlags(options));
  }

  get optionsText(): string {
    return regexOptionsText(this.options);
  }

  get rightToLeft(): boolean {
    return false;
  }

  get matchTimeout(): TimeSpan {
    return INFINITE_MATCH_TIMEOUT;
  }

  psToString(): string {
    return this.pattern;
  }

  match(input: string, startAt = 0): RegexMatch {
    return this.compiled.match(input, startAt);
  }

  matches(input: string, startAt = 0): RegexMatch[] {
    return this.compiled.matches(input, startAt);
  }

  isMatch(input: string, startAt = 0): boolean {
    return this.compiled.isMatch(input, startAt);
  }

  replace(input: string, replacement: string | MatchEvaluator, count = -1, startAt = 0): string {
    return regexReplace(this.compiled, input, replacement, count, startAt);
  }

  split(input: string, count = 0, startAt = 0): string[] {
    return regexSplit(this.compiled, input, count, startAt);
  }

  getGroupNames(): string[] {
    return this.compiled.groupNames;
  }

  getGroupNumbers(): number[] {
    return this.compiled.groupNumbers;
  }

  groupNameFromNumber(n: number): string {
    return this.compiled.groupNameFromNumber(n);
  }

  groupNumberFromName(name: string): number {
    return this.compiled.groupNumberFromName(name);
  }
}

type Options = string | number;

function compiledFor(pattern: string, options: Options): CompiledRegex {
  return compileDotNetRegex(pattern, regexOptionsFromFlags(parseRegexOptions(options)));
}

/** The static methods of [regex]; `options` is RegexOptions as flags or names. */
export const regexStatics = Object.freeze({
  escape: regexEscape,
  unescape: regexUnescape,
  match: (input: string, pattern: string, options: Options = 0): RegexMatch =>
    compiledFor(pattern, options).match(input),
  matches: (input: string, pattern: string, options: Options = 0): RegexMatch[] =>
    compiledFor(pattern, options).matches(input),
  isMatch: (input: string, pattern: string, options: Options = 0): boolean =>
    compiledFor(pattern, options).isMatch(input),
  replace: (
    input: string,
    pattern: string,
    replacement: string | MatchEvaluator,
    options: Options = 0,
  ): string => regexReplace(compiledFor(pattern, options), input, replacement),
  split: (input: string, pattern: string, options: Options = 0): string[] =>
    regexSplit(compiledFor(pattern, options), input),
});
