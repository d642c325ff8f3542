/**
 * String escaping as Newtonsoft.Json does it for ConvertTo-Json -EscapeHandling:
 *  - Default: `"`, `\`, control characters, U+0085, U+2028 and U+2029;
 *  - EscapeNonAscii: also everything above U+007F (as \uXXXX, lower-case hex);
 *  - EscapeHtml: also `<`, `>`, `&`, `'` and `"` as \uXXXX.
 */
export type JsonEscapeHandling = 'Default' | 'EscapeNonAscii' | 'EscapeHtml';

const SHORT_ESCAPES = new Map<string, string>([
  ['\b', '\\b'],
  ['\t', '\\t'],
  ['\n', '\\n'],
  ['\f', '\\f'],
  ['\r', '\\r'],
  ['\\', '\\\\'],
]);
const HTML_CHARS = new Set(['<', '>', '&', "'", '"']);

const unicodeEscape = (code: number): string => '\\u' + code.toString(16).padStart(4, '0');

function escapeChar(ch: string, handling: JsonEscapeHandling): string | null {
  const code = ch.charCodeAt(0);
  if (handling === 'EscapeHtml' && HTML_CHARS.has(ch)) return unicodeEscape(code);
  if (ch === '"') return '\\"';
  const short = SHORT_ESCAPES.get(ch);
  if (short !== undefined) return short;
  if (code < 0x20 || code === 0x85 || code === 0x2028 || code === 0x2029) return unicodeEscape(code);
  if (handling === 'EscapeNonAscii' && code > 0x7f) return unicodeEscape(code);
  return null;
}

/** The quoted JSON form of a string. */
export function quoteJsonString(value: string, handling: JsonEscapeHandling = 'Default'): string {
  let out = '"';
  for (const ch of value) {
    // Iterate UTF-16 units: a surrogate pair escapes as two \u sequences, as in .NET.
    for (let i = 0; i < ch.length; i++) {
      const unit = ch[i]!;
      out += escapeChar(unit, handling) ?? unit;
    }
  }
  return out + '"';
}
