/**
 * Regex.Replace: the replacement-string language of .NET (`$1`, `${name}`, `$$`, `$&`, `` $` ``,
 * `$'`, `$+`, `$_`) and the evaluator form that pwsh 7 uses for `-replace 'x', { $_.Value }`.
 *
 * A `$` that does not start a valid substitution is kept literally: `$10` with fewer than ten
 * groups, `${x}` with no group x (names are case-sensitive), `$x`, a trailing `$`.
 */
import type { CompiledRegex } from './dotnetRegex.js';
import type { RegexMatch } from './matchResult.js';

/** One piece of a parsed replacement string. */
type ReplacementPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'group'; readonly number: number }
  | { readonly kind: 'before' | 'after' | 'lastGroup' | 'input' };

export type MatchEvaluator = (match: RegexMatch) => string;

/** Parses a .NET replacement pattern against the groups of `regex`. */
export function parseReplacement(replacement: string, regex: CompiledRegex): ReplacementPart[] {
  const parts: ReplacementPart[] = [];
  let text = '';
  const flush = (): void => {
    if (text) parts.push({ kind: 'text', text });
    text = '';
  };
  const push = (part: ReplacementPart): void => {
    flush();
    parts.push(part);
  };
  const hasGroup = (n: number): boolean => regex.groupSpecs.some((g) => g.number === n);
  let i = 0;
  while (i < replacement.length) {
    const ch = replacement[i]!;
    if (ch !== '$' || i + 1 >= replacement.length) {
      text += ch;
      i++;
      continue;
    }
    const next = replacement[i + 1]!;
    const digits = /^\d+/.exec(replacement.slice(i + 1));
    const braced = /^\{(\w+)\}/.exec(replacement.slice(i + 1));
    if (next === '$') {
      text += '$';
      i += 2;
    } else if (digits && hasGroup(Number(digits[0]))) {
      push({ kind: 'group', number: Number(digits[0]) });
      i += 1 + digits[0].length;
    } else if (braced && regex.groupNumberFromName(braced[1]!) >= 0) {
      push({ kind: 'group', number: regex.groupNumberFromName(braced[1]!) });
      i += 1 + braced[0].length;
    } else if (next === '&') {
      push({ kind: 'group', number: 0 });
      i += 2;
    } else if (next === '`' || next === "'" || next === '+' || next === '_') {
      push({ kind: next === '`' ? 'before' : next === "'" ? 'after' : next === '+' ? 'lastGroup' : 'input' });
      i += 2;
    } else {
      text += '$';
      i++;
    }
  }
  flush();
  return parts;
}

function expand(parts: readonly ReplacementPart[], match: RegexMatch): string {
  let out = '';
  for (const part of parts) {
    switch (part.kind) {
      case 'text':
        out += part.text;
        break;
      case 'group':
        out += match.groups.get(part.number).value;
        break;
      case 'before':
        out += match.text.slice(0, match.index);
        break;
      case 'after':
        out += match.text.slice(match.index + match.length);
        break;
      case 'lastGroup':
        // .NET's LastGroup is the highest-numbered group, whether or not it captured.
        out += match.groups.inOrder[match.groups.inOrder.length - 1]!.value;
        break;
      case 'input':
        out += match.text;
        break;
    }
  }
  return out;
}

/**
 * Regex.Replace(input, replacement, count, startat): replaces the first `count` matches (all
 * when count is negative) found from `startAt`.
 */
export function regexReplace(
  regex: CompiledRegex,
  input: string,
  replacement: string | MatchEvaluator,
  count = -1,
  startAt = 0,
): string {
  if (count === 0) return input;
  const evaluate: MatchEvaluator =
    typeof replacement === 'string'
      ? (
          (parts) => (m: RegexMatch) =>
            expand(parts, m)
        )(parseReplacement(replacement, regex))
      : replacement;
  let out = '';
  let copied = 0;
  let done = 0;
  for (let m = regex.match(input, startAt); m.success; m = m.nextMatch()) {
    out += input.slice(copied, m.index) + evaluate(m);
    copied = m.index + m.length;
    if (++done === count) break;
  }
  return out + input.slice(copied);
}
