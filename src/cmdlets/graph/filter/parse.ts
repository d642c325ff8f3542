/**
 * A parser for the OData $filter subset of Graph directory queries (directory-cmdlets.md 4,
 * Get-MgUser): `eq ne gt ge lt le`, `and or not`, parentheses, `startswith()`/`endswith()`,
 * `in (...)`, `coll/any(x:x/prop eq v)`, `coll/$count eq N`. Literals: 'strings' ('' escapes a
 * quote), numbers, true/false/null, bare GUIDs and ISO dates. Throws FilterSyntaxError.
 */
import type { CompareOp, FilterNode, Literal } from './types.js';

export class FilterSyntaxError extends Error {}

type Token =
  | { readonly t: 'name'; readonly v: string }
  | { readonly t: 'literal'; readonly v: Literal }
  | { readonly t: 'punct'; readonly v: '(' | ')' | ',' | ':' };

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/;
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;
const NUMBER = /^-?\d+(\.\d+)?/;
const NAME = /^[A-Za-z_$@][A-Za-z0-9_$@.]*(\/[A-Za-z_$@][A-Za-z0-9_$@.]*)*/;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',' || ch === ':') {
      out.push({ t: 'punct', v: ch });
      i++;
      continue;
    }
    if (ch === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new FilterSyntaxError('unterminated string');
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
      out.push({ t: 'literal', v: s });
      continue;
    }
    const rest = text.slice(i);
    const m = GUID.exec(rest) ?? DATE.exec(rest);
    if (m) {
      out.push({ t: 'literal', v: m[0] });
      i += m[0].length;
      continue;
    }
    const n = NUMBER.exec(rest);
    if (n) {
      out.push({ t: 'literal', v: Number(n[0]) });
      i += n[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (!name) throw new FilterSyntaxError(`unexpected '${ch}'`);
    const word = name[0];
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false') out.push({ t: 'literal', v: lower === 'true' });
    else if (lower === 'null') out.push({ t: 'literal', v: null });
    else out.push({ t: 'name', v: word });
    i += word.length;
  }
  return out;
}

const COMPARE = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    const node = this.or();
    if (this.i < this.tokens.length) throw new FilterSyntaxError('unexpected text after the expression');
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private next(): Token {
    const t = this.tokens[this.i++];
    if (!t) throw new FilterSyntaxError('unexpected end of the filter');
    return t;
  }

  private isWord(word: string): boolean {
    const t = this.peek();
    return t?.t === 'name' && t.v.toLowerCase() === word;
  }

  private expectPunct(p: '(' | ')' | ',' | ':'): void {
    const t = this.next();
    if (t.t !== 'punct' || t.v !== p) throw new FilterSyntaxError(`'${p}' expected`);
  }

  private literal(): Literal {
    const t = this.next();
    if (t.t !== 'literal') throw new FilterSyntaxError('a value expected');
    return t.v;
  }

  private or(): FilterNode {
    let left = this.and();
    while (this.isWord('or')) {
      this.i++;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): FilterNode {
    let left = this.unary();
    while (this.isWord('and')) {
      this.i++;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    if (this.isWord('not')) {
      this.i++;
      return { kind: 'not', operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): FilterNode {
    const t = this.next();
    if (t.t === 'punct' && t.v === '(') {
      const inner = this.or();
      this.expectPunct(')');
      return inner;
    }
    if (t.t !== 'name') throw new FilterSyntaxError('a property expected');
    const lower = t.v.toLowerCase();
    if ((lower === 'startswith' || lower === 'endswith') && this.peek()?.v === '(') {
      this.expectPunct('(');
      const path = this.name();
      this.expectPunct(',');
      const value = this.literal();
      this.expectPunct(')');
      return { kind: 'call', fn: lower, path, value };
    }
    const slash = t.v.lastIndexOf('/');
    const last = slash >= 0 ? t.v.slice(slash + 1).toLowerCase() : '';
    if ((last === 'any' || last === 'all') && this.peek()?.v === '(') return this.lambda(t.v.slice(0, slash), last);
    if (last === '$count') {
      const op = this.compareOp();
      const value = this.literal();
      if (typeof value !== 'number') throw new FilterSyntaxError('$count compares with a number');
      return { kind: 'count', collection: t.v.slice(0, slash), op, value };
    }
    if (this.isWord('in')) {
      this.i++;
      this.expectPunct('(');
      const values = [this.literal()];
      while (this.peek()?.v === ',') {
        this.i++;
        values.push(this.literal());
      }
      this.expectPunct(')');
      return { kind: 'in', path: t.v, values };
    }
    const op = this.compareOp();
    return { kind: 'compare', op, path: t.v, value: this.literal() };
  }

  private lambda(collection: string, kind: 'any' | 'all'): FilterNode {
    this.expectPunct('(');
    if (this.peek()?.v === ')') {
      this.i++;
      return { kind, collection, variable: '', body: null };
    }
    const variable = this.name();
    this.expectPunct(':');
    const body = this.or();
    this.expectPunct(')');
    return { kind, collection, variable, body };
  }

  private name(): string {
    const t = this.next();
    if (t.t !== 'name') throw new FilterSyntaxError('a property expected');
    return t.v;
  }

  private compareOp(): CompareOp {
    const t = this.next();
    const op = t.t === 'name' ? t.v.toLowerCase() : '';
    if (!COMPARE.has(op)) throw new FilterSyntaxError('an operator expected');
    return op as CompareOp;
  }
}

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new FilterSyntaxError('empty filter');
  return new Parser(tokens).parse();
}
