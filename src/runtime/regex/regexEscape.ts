/** [regex]::Escape and [regex]::Unescape. */
import { unescapeDotNetText } from './dotnetRegexParser.js';

/** What Regex.Escape escapes: the metacharacters (not `]` or `}`) and the white space it names. */
const ESCAPES = new Map<string, string>([
  ['\t', '\\t'],
  ['\n', '\\n'],
  ['\f', '\\f'],
  ['\r', '\\r'],
  [' ', '\\ '],
  ...[...'\\*+?|{[()^$.#'].map((c): [string, string] => [c, '\\' + c]),
]);

export function regexEscape(text: string): string {
  let out = '';
  for (const ch of text) out += ESCAPES.get(ch) ?? ch;
  return out;
}

/**
 * Regex.Unescape: `\n`, `\t`, `\x41`, `\u0041`, octal `\101`, `\cA`, `\b` (backspace), and a
 * backslash before any other non-word character. An escaped letter or digit that means nothing
 * raises RegexParseError ("Unrecognized escape sequence \q."), with the input as the pattern.
 */
export function regexUnescape(text: string): string {
  return text.includes('\\') ? unescapeDotNetText(text) : text;
}
