/**
 * Get-AzureADUser -Filter: the OData v3 subset the AAD docs show: `prop eq 'text'`, `prop eq
 * true|false`, `startswith(prop,'text')`, joined by `and` / `or` (and binds tighter), with
 * parentheses. Property names are case-insensitive; text compares case-insensitively. Anything
 * else is the service's "Invalid filter clause".
 */
import type { User } from '../../tenant/index.js';

export type UserPredicate = (u: User) => boolean;

/** The user fields a filter may name (lower-cased OData name -> value). */
const FIELDS = new Map<string, (u: User) => string | boolean | null>([
  ['userprincipalname', (u) => u.userPrincipalName],
  ['displayname', (u) => u.displayName],
  ['givenname', (u) => u.firstName ?? null],
  ['surname', (u) => u.lastName ?? null],
  ['jobtitle', (u) => u.jobTitle ?? null],
  ['department', (u) => u.department ?? null],
  ['city', (u) => u.city ?? null],
  ['country', (u) => u.country ?? null],
  ['usagelocation', (u) => u.usageLocation],
  ['usertype', (u) => u.userType],
  ['accountenabled', (u) => u.accountEnabled],
  ['objectid', (u) => u.id],
  ['immutableid', (u) => u.immutableId],
  ['mailnickname', (u) => u.userPrincipalName.slice(0, u.userPrincipalName.indexOf('@'))],
  ['mail', (u) => u.userPrincipalName],
]);

export class FilterError extends Error {}

type Token = { kind: 'word' | 'string' | 'punct'; text: string };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) i++;
    else if (ch === '(' || ch === ')' || ch === ',') {
      out.push({ kind: 'punct', text: ch });
      i++;
    } else if (ch === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new FilterError('unterminated string');
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            s += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += text[i++];
      }
      out.push({ kind: 'string', text: s });
    } else {
      const m = /^[A-Za-z0-9_.\-/]+/.exec(text.slice(i));
      if (!m) throw new FilterError(`unexpected ${ch}`);
      out.push({ kind: 'word', text: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

export function parseUserFilter(text: string): UserPredicate {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (w: string): boolean => peek()?.kind === 'word' && peek()!.text.toLowerCase() === w;
  const expect = (text: string): void => {
    if (peek()?.text !== text) throw new FilterError(`expected ${text}`);
    pos++;
  };
  const field = (): ((u: User) => string | boolean | null) => {
    const t = peek();
    const f = t?.kind === 'word' ? FIELDS.get(t.text.toLowerCase()) : undefined;
    if (!f) throw new FilterError('unknown property');
    pos++;
    return f;
  };
  const literal = (): string | boolean => {
    const t = peek();
    pos++;
    if (t?.kind === 'string') return t.text;
    if (t?.kind === 'word' && (t.text === 'true' || t.text === 'false')) return t.text === 'true';
    throw new FilterError('expected a literal');
  };
  const equals = (a: string | boolean | null, b: string | boolean): boolean =>
    typeof b === 'boolean' ? a === b : typeof a === 'string' && a.toLowerCase() === b.toLowerCase();

  const primary = (): UserPredicate => {
    if (peek()?.text === '(') {
      pos++;
      const inner = or();
      expect(')');
      return inner;
    }
    if (isWord('startswith')) {
      pos++;
      expect('(');
      const f = field();
      expect(',');
      const v = literal();
      expect(')');
      if (typeof v !== 'string') throw new FilterError('startswith needs text');
      return (u) => {
        const a = f(u);
        return typeof a === 'string' && a.toLowerCase().startsWith(v.toLowerCase());
      };
    }
    const f = field();
    if (!isWord('eq')) throw new FilterError('expected eq');
    pos++;
    const v = literal();
    return (u) => equals(f(u), v);
  };
  const and = (): UserPredicate => {
    let left = primary();
    while (isWord('and')) {
      pos++;
      const l = left;
      const r = primary();
      left = (u) => l(u) && r(u);
    }
    return left;
  };
  const or = (): UserPredicate => {
    let left = and();
    while (isWord('or')) {
      pos++;
      const l = left;
      const r = and();
      left = (u) => l(u) || r(u);
    }
    return left;
  };
  const result = or();
  if (pos !== tokens.length) throw new FilterError('trailing text');
  return result;
}
