/**
 * Select-String's test of one line: the first of its patterns that matches (a .NET regex, or
 * plain text with -SimpleMatch), and the regex matches it found (all of them with -AllMatches).
 */
import { compileDotNetRegex, type CompiledRegex } from '../../runtime/regex/dotnetRegex.js';
import type { RegexMatch } from '../../runtime/regex/matchResult.js';

export interface LineMatch {
  readonly pattern: string;
  readonly matches: readonly RegexMatch[];
}

export interface LineMatcherOptions {
  readonly simpleMatch: boolean;
  readonly caseSensitive: boolean;
  readonly allMatches: boolean;
}

export type LineMatcher = (line: string) => LineMatch | null;

/** Compiles the patterns; an invalid regex throws the regex layer's RegexParseError. */
export function lineMatcher(patterns: readonly string[], options: LineMatcherOptions): LineMatcher {
  if (options.simpleMatch) {
    const needles = patterns.map((p) => ({ pattern: p, needle: options.caseSensitive ? p : p.toLowerCase() }));
    return (line) => {
      const haystack = options.caseSensitive ? line : line.toLowerCase();
      const hit = needles.find((n) => haystack.includes(n.needle));
      // pwsh leaves Matches empty for a simple match.
      return hit ? { pattern: hit.pattern, matches: [] } : null;
    };
  }
  const compiled: { pattern: string; regex: CompiledRegex }[] = patterns.map((p) => ({
    pattern: p,
    regex: compileDotNetRegex(p, { ignoreCase: !options.caseSensitive }),
  }));
  return (line) => {
    for (const { pattern, regex } of compiled) {
      const first = regex.match(line);
      if (!first.success) continue;
      return { pattern, matches: options.allMatches ? regex.matches(line) : [first] };
    }
    return null;
  };
}
