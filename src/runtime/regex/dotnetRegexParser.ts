/**
 * Parses .NET regular expression syntax into a RegexNode tree, raising .NET's own parse errors
 * (message text and offset) for invalid patterns. Like .NET it runs twice: a first pass only
 * collects the capture groups, so that the second pass can number them and check every back
 * reference, including references to groups written later in the pattern.
 */
import { CharSet } from './charSet.js';
import { GroupTable } from './groupTable.js';
import type { AnchorKind, CaptureDecl, LookKind, RegexNode } from './regexAst.js';
import { RegexNotSupportedError, RegexParseError, RegexReason } from './regexErrors.js';
import { boundaryWordSet, digitSet, spaceSet, unicodePropertySet, wordSet } from './unicodeSets.js';

export interface DotNetRegexOptions {
  ignoreCase?: boolean;
  multiline?: boolean;
  singleline?: boolean;
  explicitCapture?: boolean;
  ignorePatternWhitespace?: boolean;
}

interface InlineOptions {
  i: boolean;
  m: boolean;
  s: boolean;
  n: boolean;
  x: boolean;
}

export interface ParsedPattern {
  readonly root: RegexNode;
  readonly groups: GroupTable;
}

const INT32_MAX = 2147483647;
const EMPTY: RegexNode = { kind: 'empty' };
const LINE_FEED = CharSet.of(0x0a);

/** Regex.Unescape: resolves the character escapes of `text` (a trailing backslash is dropped). */
export function unescapeDotNetText(text: string): string {
  return new Parser(text, {}, null).unescape();
}

export function parseDotNetPattern(pattern: string, options: DotNetRegexOptions): ParsedPattern {
  const scan = new Parser(pattern, options, null);
  scan.parseWhole();
  const groups = new GroupTable(scan.captures);
  const root = new Parser(pattern, options, groups).parseWhole();
  return { root, groups };
}

/** .NET's "word character" test used for group names and for which escapes are errors. */
function isWordChar(code: number): boolean {
  return boundaryWordSet().has(code);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** What a backslash inside a character class produced: a character or a whole class. */
type ClassEscape = { readonly code: number } | { readonly set: CharSet; readonly letter: string };

class Parser {
  private pos = 0;
  private opts: InlineOptions;
  readonly captures: CaptureDecl[] = [];

  constructor(
    private readonly pattern: string,
    options: DotNetRegexOptions,
    /** Null in the first pass, when groups are only being collected. */
    private readonly table: GroupTable | null,
  ) {
    this.opts = {
      i: !!options.ignoreCase,
      m: !!options.multiline,
      s: !!options.singleline,
      n: !!options.explicitCapture,
      x: !!options.ignorePatternWhitespace,
    };
  }

  private fail(reason: string, offset: number = this.pos): never {
    throw new RegexParseError(this.pattern, offset, reason);
  }

  private unsupported(construct: string, offset: number): never {
    throw new RegexNotSupportedError(this.pattern, offset, construct);
  }

  private peek(ahead = 0): string | undefined {
    return this.pattern[this.pos + ahead];
  }

  private get remaining(): number {
    return this.pattern.length - this.pos;
  }

  unescape(): string {
    let out = '';
    while (this.remaining > 0) {
      const ch = this.pattern[this.pos++]!;
      if (ch !== '\\') out += ch;
      else if (this.remaining > 0)
        out += String.fromCharCode(this.charEscape(this.pattern[this.pos++]!, true));
    }
    return out;
  }

  parseWhole(): RegexNode {
    const node = this.parseAlternation();
    if (this.pos < this.pattern.length) {
      // Only a ')' stops an alternation early.
      this.pos++;
      this.fail(RegexReason.tooManyParens);
    }
    return node;
  }

  private parseAlternation(): RegexNode {
    const branches = [this.parseSequence()];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.parseSequence());
    }
    return branches.length === 1 ? branches[0]! : { kind: 'alternation', branches };
  }

  /** Skips IgnorePatternWhitespace blanks and `#` comments, and `(?#...)` comments always. */
  private skipBlanks(): void {
    for (;;) {
      if (this.opts.x) {
        while (this.remaining > 0 && /[\t\n\v\f\r ]/.test(this.peek()!)) this.pos++;
        if (this.peek() === '#') {
          while (this.remaining > 0 && this.peek() !== '\n') this.pos++;
          continue;
        }
      }
      if (this.pattern.startsWith('(?#', this.pos)) {
        const close = this.pattern.indexOf(')', this.pos);
        if (close < 0) {
          this.pos = this.pattern.length;
          this.fail('Unterminated (?#...) comment.');
        }
        this.pos = close + 1;
        continue;
      }
      return;
    }
  }

  private parseSequence(): RegexNode {
    const items: RegexNode[] = [];
    for (;;) {
      this.skipBlanks();
      const ch = this.peek();
      if (ch === undefined || ch === '|' || ch === ')') break;
      const quantifierStart = this.pos;
      if (this.readQuantifier() !== null) {
        this.pos = quantifierStart + 1;
        this.fail(RegexReason.quantifierAfterNothing(ch));
      }
      const atom = this.parseAtom();
      if (atom === null) continue;
      items.push(this.parseQuantifiers(atom));
    }
    if (items.length === 0) return EMPTY;
    return items.length === 1 ? items[0]! : { kind: 'sequence', items };
  }

  private parseQuantifiers(atom: RegexNode): RegexNode {
    this.skipBlanks();
    const q = this.readQuantifier();
    if (q === null) return atom;
    const lazy = this.peek() === '?';
    if (lazy) this.pos++;
    this.skipBlanks();
    const nextStart = this.pos;
    if (this.readQuantifier() !== null) {
      this.pos = nextStart + 1;
      this.fail(RegexReason.nestedQuantifier(this.pattern[nextStart]!));
    }
    return { kind: 'quantifier', body: atom, min: q.min, max: q.max, lazy };
  }

  /** Reads `*`, `+`, `?` or a well-formed `{n}`, `{n,}`, `{n,m}`; otherwise leaves pos alone. */
  private readQuantifier(): { min: number; max: number } | null {
    const ch = this.peek();
    if (ch === '*' || ch === '+' || ch === '?') {
      this.pos++;
      return ch === '*'
        ? { min: 0, max: Infinity }
        : ch === '+'
          ? { min: 1, max: Infinity }
          : { min: 0, max: 1 };
    }
    if (ch !== '{' || !/^\{\d+(,\d*)?\}/.test(this.pattern.slice(this.pos))) return null;
    this.pos++;
    const min = this.scanDecimal();
    let max = min;
    if (this.peek() === ',') {
      this.pos++;
      max = isDigit(this.peek()) ? this.scanDecimal() : Infinity;
    }
    this.pos++; // '}'
    if (max < min) this.fail(RegexReason.reversedQuantifier);
    return { min, max };
  }

  private scanDecimal(): number {
    let value = 0;
    while (isDigit(this.peek())) {
      const d = this.peek()!.charCodeAt(0) - 48;
      this.pos++;
      if (
        value > Math.floor(INT32_MAX / 10) ||
        (value === Math.floor(INT32_MAX / 10) && d > INT32_MAX % 10)
      ) {
        this.fail(RegexReason.quantifierTooLarge);
      }
      value = value * 10 + d;
    }
    return value;
  }

  /** One atom, or null for something that matches nothing by itself (`(?i)`). */
  private parseAtom(): RegexNode | null {
    const start = this.pos;
    const ch = this.pattern[this.pos++]!;
    switch (ch) {
      case '(':
        return this.parseGroup(start);
      case '[':
        return this.parseClass();
      case '\\':
        return this.parseEscape();
      case '.':
        return { kind: 'set', set: this.opts.s ? CharSet.all : LINE_FEED.complement(), ignoreCase: false };
      case '^':
        return this.anchor(this.opts.m ? 'lineStart' : 'start', start);
      case '$':
        return this.anchor(this.opts.m ? 'lineEnd' : 'endOrFinalNewline', start);
      default:
        return { kind: 'char', code: ch.charCodeAt(0), ignoreCase: this.opts.i };
    }
  }

  private anchor(anchor: AnchorKind, offset: number): RegexNode {
    return { kind: 'anchor', anchor, offset };
  }

  // ---- groups -------------------------------------------------------------------------------

  /** Parses the body of a group up to its ')' with the options restored afterwards. */
  private groupBody(): RegexNode {
    const saved = { ...this.opts };
    const body = this.parseAlternation();
    if (this.peek() !== ')') {
      this.pos = this.pattern.length;
      this.fail(RegexReason.notEnoughParens);
    }
    this.pos++;
    this.opts = saved;
    return body;
  }

  private capture(decl: CaptureDecl): RegexNode {
    const index = this.captures.length;
    this.captures.push(decl);
    return { kind: 'capture', capture: index, body: this.groupBody() };
  }

  private parseGroup(start: number): RegexNode | null {
    if (this.peek() !== '?') {
      return this.opts.n
        ? { kind: 'group', body: this.groupBody() }
        : this.capture({ name: null, explicitNumber: null });
    }
    this.pos++;
    if (this.remaining === 0) this.fail(RegexReason.unrecognizedGrouping);
    const ch = this.pattern[this.pos++]!;
    switch (ch) {
      case ':':
        return { kind: 'group', body: this.groupBody() };
      case '=':
        return this.look('ahead');
      case '!':
        return this.look('notAhead');
      case '>':
        return { kind: 'atomic', body: this.groupBody() };
      case "'":
        return this.namedGroup("'", start);
      case '<':
        if (this.peek() === '=') {
          this.pos++;
          return this.look('behind');
        }
        if (this.peek() === '!') {
          this.pos++;
          return this.look('notBehind');
        }
        return this.namedGroup('>', start);
      case '(':
        return this.parseConditional(start);
      default:
        this.pos--;
        return this.parseInlineOptions();
    }
  }

  private look(look: LookKind): RegexNode {
    return { kind: 'look', look, body: this.groupBody() };
  }

  /** `(?<name>...)`, `(?'name'...)`, `(?<7>...)`; balancing groups are recognised but unsupported. */
  private namedGroup(close: string, start: number): RegexNode {
    const first = this.peek();
    if (first === undefined) this.fail(RegexReason.unrecognizedGrouping);
    let name: string | null = null;
    let explicitNumber: number | null = null;
    if (isDigit(first)) explicitNumber = this.scanDecimal();
    else if (first !== '-') {
      if (!isWordChar(first.charCodeAt(0))) this.fail(RegexReason.invalidGroupName);
      name = this.scanName();
    }
    if (this.peek() === '-') {
      this.pos++;
      const other = isDigit(this.peek()) ? String(this.scanDecimal()) : this.scanName();
      if (other === '') this.fail(RegexReason.invalidGroupName);
      if (this.table && this.table.numberOfName(other) < 0) {
        this.fail(
          /^\d+$/.test(other)
            ? RegexReason.undefinedGroupNumber(Number(other))
            : RegexReason.undefinedGroupName(other),
        );
      }
      if (this.table) this.unsupported('balancing group', start);
    }
    if (this.remaining === 0) this.fail(RegexReason.unrecognizedGrouping);
    if (this.peek() !== close) this.fail(RegexReason.invalidGroupName);
    this.pos++;
    return this.capture({ name, explicitNumber });
  }

  private scanName(): string {
    const start = this.pos;
    while (this.remaining > 0 && isWordChar(this.pattern.charCodeAt(this.pos))) this.pos++;
    return this.pattern.slice(start, this.pos);
  }

  /** `(?imnsx-imnsx)` changes the options of the enclosing group; `(?imnsx-imnsx:...)` scopes them. */
  private parseInlineOptions(): RegexNode | null {
    const next = { ...this.opts };
    let on = true;
    while (this.remaining > 0) {
      const c = this.peek()!;
      if (c === '-') on = false;
      else if (c === 'i' || c === 'm' || c === 's' || c === 'n' || c === 'x') next[c] = on;
      else if (c === 'I' || c === 'M' || c === 'S' || c === 'N' || c === 'X')
        next[c.toLowerCase() as keyof InlineOptions] = on;
      else break;
      this.pos++;
    }
    if (this.remaining === 0) this.fail(RegexReason.unrecognizedGrouping);
    const end = this.pattern[this.pos++];
    if (end === ')') {
      this.opts = next;
      return null;
    }
    if (end !== ':') this.fail(RegexReason.unrecognizedGrouping);
    const saved = this.opts;
    this.opts = next;
    const body = this.groupBody();
    this.opts = saved;
    return { kind: 'group', body };
  }

  /** `(?(?=x)yes|no)` and `(?(x)yes|no)` work; `(?(1)...)` and `(?(name)...)` test a group. */
  private parseConditional(start: number): RegexNode {
    const testStart = this.pos;
    const numberTest = /^(\d+)\)/.exec(this.pattern.slice(this.pos));
    const nameTest = /^(\w+)\)/.exec(this.pattern.slice(this.pos));
    let test: RegexNode = EMPTY;
    if (numberTest) {
      this.pos += numberTest[0].length;
      const n = Number(numberTest[1]);
      if (this.table && !this.table.hasNumber(n)) this.fail(RegexReason.undefinedConditionalGroup(n));
      if (this.table) this.unsupported('(?(number)...)', start);
    } else if (nameTest && this.table && this.table.numberOfName(nameTest[1]!) >= 0) {
      this.unsupported('(?(name)...)', start);
    } else if (this.pattern.startsWith('?=', this.pos) || this.pattern.startsWith('?!', this.pos)) {
      const negative = this.pattern[this.pos + 1] === '!';
      this.pos += 2;
      const body = this.groupBody();
      test = negative ? { kind: 'look', look: 'notAhead', body } : body;
    } else if (this.pattern.startsWith('?<=', this.pos) || this.pattern.startsWith('?<!', this.pos)) {
      this.unsupported('(?(?<=...)...)', testStart);
    } else {
      test = this.groupBody();
    }
    const branches = this.groupBody();
    // Checked in the second pass only, so an undefined group in the test is reported first.
    if (this.table && branches.kind === 'alternation' && branches.branches.length > 2) {
      this.fail('Too many | in (?()|).');
    }
    const [yes, no] = branches.kind === 'alternation' ? branches.branches : [branches, EMPTY];
    return { kind: 'conditional', test, yes: yes!, no: no ?? EMPTY };
  }

  // ---- escapes ------------------------------------------------------------------------------

  private parseEscape(): RegexNode {
    if (this.remaining === 0) this.fail(RegexReason.illegalEndEscape);
    const start = this.pos - 1;
    const ch = this.pattern[this.pos]!;
    switch (ch) {
      case 'b':
      case 'B':
      case 'A':
      case 'Z':
      case 'z':
      case 'G': {
        this.pos++;
        const kinds: Record<string, AnchorKind> = {
          b: 'wordBoundary',
          B: 'notWordBoundary',
          A: 'start',
          Z: 'endOrFinalNewline',
          z: 'end',
          G: 'previousMatchEnd',
        };
        return this.anchor(kinds[ch]!, start);
      }
      case 'k':
        return this.parseNamedBackreference();
      case '<':
      case "'": {
        const saved = this.pos;
        const ref = this.tryAngledBackreference();
        if (ref) return ref;
        this.pos = saved;
        break;
      }
    }
    if (ch >= '1' && ch <= '9') {
      const saved = this.pos;
      const n = this.scanDecimal();
      if (this.table === null) return { kind: 'backreference', group: n, ignoreCase: this.opts.i };
      if (this.table.hasNumber(n)) return { kind: 'backreference', group: n, ignoreCase: this.opts.i };
      if (n <= 9) this.fail(RegexReason.undefinedGroupNumber(n));
      this.pos = saved;
    }
    const escaped = this.scanClassOrCharEscape(false);
    if ('set' in escaped) {
      return {
        kind: 'set',
        set: this.opts.i ? escaped.set.caseClosure() : escaped.set,
        ignoreCase: this.opts.i,
      };
    }
    return { kind: 'char', code: escaped.code, ignoreCase: this.opts.i };
  }

  private backreference(name: string): RegexNode {
    if (this.table === null) return { kind: 'backreference', group: 0, ignoreCase: this.opts.i };
    const n = this.table.numberOfName(name);
    if (n < 0) {
      this.fail(
        /^\d+$/.test(name)
          ? RegexReason.undefinedGroupNumber(Number(name))
          : RegexReason.undefinedGroupName(name),
      );
    }
    return { kind: 'backreference', group: n, ignoreCase: this.opts.i };
  }

  /** `\k<name>` or `\k'name'`. */
  private parseNamedBackreference(): RegexNode {
    const kAt = this.pos;
    this.pos++;
    if (this.remaining === 0) this.fail(RegexReason.malformedNameReference, kAt);
    const open = this.pattern[this.pos++];
    if (open !== '<' && open !== "'") this.fail(RegexReason.malformedNameReference);
    const name = isDigit(this.peek()) ? String(this.scanDecimal()) : this.scanName();
    if (name === '' || this.peek() !== (open === '<' ? '>' : "'"))
      this.fail(RegexReason.malformedNameReference);
    this.pos++;
    return this.backreference(name);
  }

  /** `\<name>` is also a back reference when well-formed; otherwise the `<` is a literal. */
  private tryAngledBackreference(): RegexNode | null {
    const open = this.pattern[this.pos++];
    const name = isDigit(this.peek()) ? String(this.scanDecimal()) : this.scanName();
    if (name === '' || this.peek() !== (open === '<' ? '>' : "'")) return null;
    this.pos++;
    return this.backreference(name);
  }

  /**
   * The escapes shared by patterns and classes: class shorthands, `\p{..}`, and the character
   * escapes. `pos` is just after the backslash.
   */
  private scanClassOrCharEscape(inClass: boolean): ClassEscape {
    const ch = this.pattern[this.pos++]!;
    switch (ch) {
      case 'w':
        return { set: wordSet(), letter: ch };
      case 'W':
        return { set: wordSet().complement(), letter: ch };
      case 'd':
        return { set: digitSet(), letter: ch };
      case 'D':
        return { set: digitSet().complement(), letter: ch };
      case 's':
        return { set: spaceSet(), letter: ch };
      case 'S':
        return { set: spaceSet().complement(), letter: ch };
      case 'p':
      case 'P': {
        const set = this.scanProperty();
        return { set: ch === 'P' ? set.complement() : set, letter: ch };
      }
    }
    return { code: this.charEscape(ch, inClass) };
  }

  private scanProperty(): CharSet {
    const afterLetter = this.pos;
    const close = this.pattern.indexOf('}', this.pos);
    if (this.peek() !== '{' || close < 0) this.fail(RegexReason.incompleteProperty, afterLetter);
    const name = this.pattern.slice(this.pos + 1, close);
    this.pos = close + 1;
    const set = unicodePropertySet(name);
    if (!set) this.fail(RegexReason.unknownProperty(name));
    return set;
  }

  /** A single-character escape; `ch` (already consumed) is the character after the backslash. */
  private charEscape(ch: string, inClass: boolean): number {
    switch (ch) {
      case 'x':
        return this.scanHex(2);
      case 'u':
        return this.scanHex(4);
      case 'a':
        return 0x07;
      case 'b':
        if (inClass) return 0x08;
        break;
      case 'e':
        return 0x1b;
      case 'f':
        return 0x0c;
      case 'n':
        return 0x0a;
      case 'r':
        return 0x0d;
      case 't':
        return 0x09;
      case 'v':
        return 0x0b;
      case 'c':
        return this.scanControl();
    }
    if (ch >= '0' && ch <= '7') {
      this.pos--;
      return this.scanOctal();
    }
    if (isWordChar(ch.charCodeAt(0))) this.fail(RegexReason.unrecognizedEscape(ch));
    return ch.charCodeAt(0);
  }

  private scanHex(digits: number): number {
    if (this.remaining < digits) this.fail(RegexReason.insufficientHex);
    let value = 0;
    for (let i = 0; i < digits; i++) {
      const d = this.pattern[this.pos++]!;
      if (!/[0-9a-fA-F]/.test(d)) this.fail(RegexReason.insufficientHex);
      value = value * 16 + parseInt(d, 16);
    }
    return value;
  }

  private scanOctal(): number {
    let value = 0;
    for (let i = 0; i < 3 && /[0-7]/.test(this.peek() ?? ''); i++) {
      value = value * 8 + (this.pattern.charCodeAt(this.pos++) - 48);
    }
    return value & 0xff;
  }

  private scanControl(): number {
    if (this.remaining === 0) this.fail(RegexReason.missingControl);
    let code = this.pattern.charCodeAt(this.pos++);
    if (code >= 0x61 && code <= 0x7a) code -= 0x20;
    code -= 0x40;
    if (code < 0 || code >= 0x20) this.fail(RegexReason.unrecognizedControl);
    return code;
  }

  // ---- character classes --------------------------------------------------------------------

  private parseClass(): RegexNode {
    const { set, folded } = this.scanClassBody();
    return { kind: 'set', set: this.opts.i ? folded : set, ignoreCase: this.opts.i };
  }

  /**
   * The body of `[...]` from just after the `[` to just after its `]`. Returns the set as
   * written and the set under IgnoreCase, where the positive part is case-closed before the
   * negation and the subtraction apply (as .NET does).
   */
  private scanClassBody(): { set: CharSet; folded: CharSet } {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.pos++;
    }
    let positive = CharSet.empty;
    let subtraction: { set: CharSet; folded: CharSet } | null = null;
    let firstChar = true;
    let rangeStart: number | null = null;
    for (;;) {
      if (this.remaining === 0) this.fail(RegexReason.unterminatedSet);
      let ch = this.pattern[this.pos++]!;
      if (ch === ']' && !firstChar) break;
      let code = ch.charCodeAt(0);
      let translated = false;
      if (ch === '\\' && this.remaining > 0) {
        const escaped = this.scanClassOrCharEscape(true);
        if ('set' in escaped) {
          if (rangeStart !== null) this.fail(RegexReason.classInRange(escaped.letter));
          positive = positive.union(escaped.set);
          firstChar = false;
          continue;
        }
        code = escaped.code;
        ch = String.fromCharCode(code);
        translated = true;
      }
      if (rangeStart !== null) {
        const from = rangeStart;
        rangeStart = null;
        if (ch === '[' && !translated && !firstChar) {
          positive = positive.union(CharSet.of(from));
          subtraction = this.scanSubtraction();
        } else {
          if (from > code) this.fail(RegexReason.reversedRange);
          positive = positive.union(CharSet.range(from, code));
        }
      } else if (this.remaining >= 2 && this.peek() === '-' && this.peek(1) !== ']') {
        rangeStart = code;
        this.pos++;
      } else if (this.remaining >= 1 && ch === '-' && !translated && this.peek() === '[' && !firstChar) {
        this.pos++;
        subtraction = this.scanSubtraction();
      } else {
        positive = positive.union(CharSet.of(code));
      }
      firstChar = false;
    }
    const folded = positive.caseClosure();
    let set = negated ? positive.complement() : positive;
    let foldedSet = negated ? folded.complement() : folded;
    if (subtraction) {
      set = set.subtract(subtraction.set);
      foldedSet = foldedSet.subtract(subtraction.folded);
    }
    return { set, folded: foldedSet };
  }

  /** `-[...]` at the end of a class; pos is just after the inner `[`. */
  private scanSubtraction(): { set: CharSet; folded: CharSet } {
    const inner = this.scanClassBody();
    if (this.remaining > 0 && this.peek() !== ']') this.fail(RegexReason.subtractionMustBeLast);
    return inner;
  }
}
