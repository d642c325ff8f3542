/** [System.Web.HttpUtility], [System.Net.WebUtility] and [uri]'s escaping statics. */
import { str } from './args.js';
import { defineStatics } from './families.js';

/** HttpUtility.UrlEncode: '+' for space, lower-case hex, RFC unreserved plus !()*-._ kept. */
function httpUrlEncode(s: string, upper = false): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9!()*\-._]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else {
      const hex = b.toString(16).padStart(2, '0');
      out += '%' + (upper ? hex.toUpperCase() : hex);
    }
  }
  return out;
}

function urlDecode(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '+') bytes.push(32);
    else if (c === '%' && /^[0-9a-f]{2}$/i.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

const HTML: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' };
const htmlEncode = (s: string): string => s.replace(/[<>&"']/g, (c) => HTML[c]!);
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };
function htmlDecode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    const named = new Map(Object.entries(NAMED)).get(e.toLowerCase());
    return named ?? m;
  });
}

const nullable =
  (f: (s: string) => string) =>
  (_t: unknown, [v]: unknown[]): string | null =>
    v === null ? null : f(str(v) ?? '');

for (const [type, upper] of [
  ['System.Web.HttpUtility', false],
  ['System.Net.WebUtility', true],
] as const) {
  defineStatics(type)
    .members.method(
      'string UrlEncode(string str)',
      nullable((s) => httpUrlEncode(s, upper)),
    )
    .method('string UrlDecode(string str)', nullable(urlDecode))
    .method('string HtmlEncode(string s)', nullable(htmlEncode))
    .method('string HtmlDecode(string s)', nullable(htmlDecode));
}
defineStatics('System.Web.HttpUtility').members.method(
  'string HtmlAttributeEncode(string s)',
  nullable(htmlEncode),
);

defineStatics('System.Uri')
  .members.method('string EscapeDataString(string stringToEscape)', (_t, [s]) =>
    encodeURIComponent(str(s) ?? '').replace(
      /[!'()*]/g,
      (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
    ),
  )
  .method('string UnescapeDataString(string stringToUnescape)', (_t, [s]) => {
    try {
      return decodeURIComponent(str(s) ?? '');
    } catch {
      return str(s) ?? '';
    }
  })
  .method('string EscapeUriString(string stringToEscape)', (_t, [s]) => encodeURI(str(s) ?? ''));
