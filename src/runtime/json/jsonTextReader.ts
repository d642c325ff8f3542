/**
 * A JSON reader that accepts what Newtonsoft.Json's JsonTextReader accepts (as ConvertFrom-Json
 * uses it) and fails with its messages, paths, lines and positions: comments, single-quoted
 * strings, unquoted property names, trailing commas, empty array slots and `NaN`/`Infinity`/
 * `undefined` are accepted; hex (`0x10`) and leading-zero octal integers are read.
 *
 * The result is a JsonValue tree; objects keep their keys exactly (a repeated key overwrites the
 * earlier value in its place, as JObject does) so that the PowerShell conversion can report keys
 * that differ only in case.
 *
 * Positions follow Newtonsoft: "position" is the number of characters consumed on the current
 * line; before the first token a position of 0 is reported as line 0.
 */
import { DateTime } from '../dotnet/dateTime.js';
import { makeDouble, TypedNumber } from '../values/numbers.js';
import { JsonSyntaxError } from './jsonErrors.js';
import { parseJsonDate } from './jsonDateParse.js';

export class JsonObjectValue {
  /** Exact key -> value, in first-seen order. */
  readonly entries = new Map<string, JsonValue>();
}

export type JsonValue =
  null | string | boolean | number | TypedNumber | bigint | DateTime | JsonValue[] | JsonObjectValue;

interface Frame {
  readonly type: 'object' | 'array';
  /** The container's own path, for "Unexpected end when reading token". */
  readonly path: string;
  /** Arrays: index of the last value begun (-1: none). */
  index: number;
  /** Objects: the property being read or last read. */
  name: string | null;
}

/** Marks an empty slot (`[1,,2]`, `{"a":,}`): Newtonsoft's Undefined token, read as $null. */
const UNDEFINED = Symbol('undefined');

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const NUMBER_CHARS = /[-.0-9a-fA-FxX+]/;
const FLOAT_TEXT = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const PATH_SPECIAL = /[.\s'"[\]()\\/\u0085\u2028\u2029]/;

function isWhiteSpace(ch: string): boolean {
  return /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/.test(ch);
}

function isSeparator(ch: string | undefined): boolean {
  return (
    ch === undefined || ch === ',' || ch === '}' || ch === ']' || ch === ')' || ch === '/' || isWhiteSpace(ch)
  );
}

const isIdentifierChar = (ch: string): boolean => /[\p{L}\p{Nd}_$]/u.test(ch);

export class JsonTextReader {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  /** False until the first token (Newtonsoft's State.Start). */
  private started = false;
  private readonly stack: Frame[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number | null = null,
  ) {}

  /** The document's value; null for empty (or whitespace-only) text. */
  readDocument(): JsonValue {
    this.skipBlanks();
    if (this.atEnd) return null;
    const value = this.readValue();
    this.skipBlanks();
    if (!this.atEnd) {
      throw this.error(`Additional text encountered after finished reading JSON content: ${this.peek()}.`);
    }
    return value === UNDEFINED ? null : value;
  }

  // -- values ---------------------------------------------------------------------------------

  private readValue(): JsonValue | typeof UNDEFINED {
    this.skipBlanks();
    const ch = this.peek();
    if (ch === undefined) throw this.endError(true);
    switch (ch) {
      case '"':
      case "'":
        return this.finishScalar(this.readStringValue(ch));
      case '{':
        return this.readObject();
      case '[':
        return this.readArray();
      case 't':
        return this.finishScalar(this.readLiteral('true', true, 'Error parsing boolean value.'));
      case 'f':
        return this.finishScalar(this.readLiteral('false', false, 'Error parsing boolean value.'));
      case 'n':
        return this.finishScalar(this.readLiteral('null', null, 'Error parsing null value.'));
      case 'u':
        this.readLiteral('undefined', null, 'Error parsing undefined value.');
        return this.finishScalar(UNDEFINED);
      case 'N':
        return this.finishScalar(this.readLiteral('NaN', makeDouble(NaN), 'Cannot read NaN value.'));
      case 'I':
        return this.finishScalar(this.readLiteral('Infinity', Infinity, 'Cannot read Infinity value.'));
      case ',':
        // Not consumed: the comma is read after this (empty) value.
        return this.finishScalar(UNDEFINED);
      case ']':
        this.advance();
        throw this.error(`JsonToken EndArray is not valid for closing JsonType ${this.containerTypeName()}.`);
      default:
        if (ch === '-' && this.text[this.pos + 1] === 'I') {
          return this.finishScalar(this.readLiteral('-Infinity', -Infinity, 'Cannot read -Infinity value.'));
        }
        if (ch === '-' || ch === '.' || (ch >= '0' && ch <= '9')) return this.finishScalar(this.readNumber());
        throw this.error(`Unexpected character encountered while parsing value: ${ch}.`);
    }
  }

  /** A scalar token is complete: it takes its place in the enclosing array. */
  private finishScalar<T>(value: T): T {
    this.started = true;
    const top = this.stack[this.stack.length - 1];
    if (top?.type === 'array') top.index++;
    return value;
  }

  private readArray(): JsonValue[] {
    this.advance();
    this.push('array');
    const items: JsonValue[] = [];
    let expectingValue = true;
    // Newtonsoft quirk: the text may end after a comma that follows a nested array or object.
    let commaAfterContainer = false;
    for (;;) {
      this.skipBlanks();
      const ch = this.peek();
      if (ch === undefined) {
        if (expectingValue && !commaAfterContainer) throw this.endError(true);
        return this.closeTruncated(items);
      }
      if (ch === ']') {
        this.advance();
        this.stack.pop();
        return items;
      }
      if (!expectingValue) {
        if (ch === ',') {
          this.advance();
          expectingValue = true;
          const last = items[items.length - 1];
          commaAfterContainer = Array.isArray(last) || last instanceof JsonObjectValue;
          continue;
        }
        if (ch === '}') {
          this.advance();
          throw this.closeMismatch('EndObject', 'Array');
        }
        throw this.error(`After parsing a value an unexpected character was encountered: ${ch}.`);
      }
      const value = this.readValue();
      items.push(value === UNDEFINED ? null : value);
      expectingValue = false;
      commaAfterContainer = false;
    }
  }

  private readObject(): JsonObjectValue {
    this.advance();
    const frame = this.push('object');
    const result = new JsonObjectValue();
    let sawProperty = false;
    for (;;) {
      this.skipBlanks();
      const ch = this.peek();
      if (ch === undefined) throw this.endError(true, !sawProperty);
      if (ch === '}') {
        this.advance();
        this.stack.pop();
        return result;
      }
      const name = this.readPropertyName(ch);
      this.skipBlanks();
      const colon = this.peek();
      if (colon !== ':') {
        throw this.error(
          `Invalid character after parsing property name. Expected ':' but got: ${colon ?? '\0'}.`,
        );
      }
      this.advance();
      frame.name = name;
      this.started = true;
      sawProperty = true;
      const value = this.readValue();
      result.entries.set(name, value === UNDEFINED ? null : value);
      this.skipBlanks();
      const after = this.peek();
      if (after === undefined) {
        if (this.stack[0]?.type === 'array') return this.closeTruncated(result);
        throw this.endError(false);
      }
      if (after === ',') this.advance();
      else if (after === ']') {
        this.advance();
        throw this.closeMismatch('EndArray', 'Object');
      } else if (after !== '}') {
        throw this.error(`After parsing a value an unexpected character was encountered: ${after}.`);
      }
    }
  }

  private readPropertyName(ch: string): string {
    if (ch === '"' || ch === "'") return this.readString(ch);
    if (!isIdentifierChar(ch)) throw this.error(`Invalid property identifier character: ${ch}.`);
    const start = this.pos;
    while (this.peek() !== undefined && isIdentifierChar(this.peek()!)) this.advance();
    const next = this.peek();
    if (next !== undefined && next !== ':' && !isWhiteSpace(next)) {
      throw this.error(`Invalid JavaScript property identifier character: ${next}.`);
    }
    return this.text.slice(start, this.pos);
  }

  /** The text ended inside a root array after a value: pwsh's reader closes what is open. */
  private closeTruncated<T>(value: T): T {
    if (this.stack[0]?.type !== 'array') throw this.endError(false);
    this.stack.pop();
    return value;
  }

  private push(type: Frame['type']): Frame {
    const parent = this.stack[this.stack.length - 1];
    if (parent?.type === 'array') parent.index++;
    this.started = true;
    const frame: Frame = { type, path: this.path(), index: -1, name: null };
    this.stack.push(frame);
    if (this.maxDepth !== null && this.stack.length > this.maxDepth) {
      throw this.error(`The reader's MaxDepth of ${this.maxDepth} has been exceeded.`);
    }
    return frame;
  }

  // -- scalars --------------------------------------------------------------------------------

  private readStringValue(quote: string): string | DateTime {
    const s = this.readString(quote);
    return (s.length > 0 && (s[0] === '/' || (s[0]! >= '0' && s[0]! <= '9')) && parseJsonDate(s)) || s;
  }

  private readString(quote: string): string {
    this.advance();
    let out = '';
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) throw this.error(`Unterminated string. Expected delimiter: ${quote}.`);
      this.advance();
      if (ch === quote) return out;
      if (ch === '\\') out += this.readEscape(quote);
      else {
        out += ch;
        if (ch === '\r' || ch === '\n') this.newLine(ch);
      }
    }
  }

  private readEscape(quote: string): string {
    const ch = this.peek();
    if (ch === undefined) throw this.error(`Unterminated string. Expected delimiter: ${quote}.`);
    this.advance();
    switch (ch) {
      case 'b':
        return '\b';
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'f':
        return '\f';
      case 'r':
        return '\r';
      case '\\':
      case '"':
      case "'":
      case '/':
        return ch;
      case 'u': {
        if (this.pos + 4 > this.text.length)
          throw this.error('Unexpected end while parsing Unicode escape sequence.');
        const hex = this.text.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw this.error(`Invalid Unicode escape sequence: \\u${hex}.`);
        this.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      default:
        throw this.error(`Bad JSON escape sequence: \\${ch}.`);
    }
  }

  private readLiteral<T>(word: string, value: T, mismatch: string): T {
    if (this.pos + word.length > this.text.length) {
      this.pos = this.text.length;
      throw this.error('Unexpected end when reading JSON.');
    }
    for (const ch of word) {
      if (this.peek() !== ch) throw this.error(mismatch);
      this.advance();
    }
    if (!isSeparator(this.peek())) throw this.error(mismatch);
    return value;
  }

  private readNumber(): JsonValue {
    const start = this.pos;
    while (this.peek() !== undefined && NUMBER_CHARS.test(this.peek()!)) this.advance();
    const next = this.peek();
    if (!isSeparator(next))
      throw this.error(`Unexpected character encountered while parsing number: ${next}.`);
    const text = this.text.slice(start, this.pos);
    const value = numberValue(text);
    if (value === null) throw this.error(`Input string '${text}' is not a valid number.`);
    return value;
  }

  // -- text position --------------------------------------------------------------------------

  private get atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  private advance(): void {
    this.pos++;
  }

  /**
   * After a consumed line break. Newtonsoft takes `\r\n` as one break only when a character
   * follows the `\n`; at the very end of the text they count as two lines.
   */
  private newLine(ch: string): void {
    if (ch === '\r' && this.peek() === '\n' && this.pos + 1 < this.text.length) this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }

  private skipBlanks(): void {
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) return;
      if (ch === '/') this.skipComment();
      else if (isWhiteSpace(ch)) {
        this.advance();
        if (ch === '\r' || ch === '\n') this.newLine(ch);
      } else return;
    }
  }

  private skipComment(): void {
    this.advance();
    const kind = this.peek();
    if (kind === '*') {
      this.advance();
      for (;;) {
        const ch = this.peek();
        if (ch === undefined) throw this.error('Unexpected end while parsing comment.');
        this.advance();
        if (ch === '*' && this.peek() === '/') {
          this.advance();
          return;
        }
        if (ch === '\r' || ch === '\n') this.newLine(ch);
      }
    }
    if (kind === '/') {
      while (this.peek() !== undefined && this.peek() !== '\r' && this.peek() !== '\n') this.advance();
      return;
    }
    throw this.error('Unexpected end while parsing comment.');
  }

  // -- errors ---------------------------------------------------------------------------------

  /** Newtonsoft's path: `a.b`, `[0]`, `['a b']`. */
  private path(): string {
    let path = '';
    for (const f of this.stack) {
      if (f.type === 'array') {
        if (f.index >= 0) path += `[${f.index}]`;
      } else if (f.name !== null) {
        if (PATH_SPECIAL.test(f.name)) path += `['${f.name.replaceAll("'", "\\'")}']`;
        else path += (path === '' ? '' : '.') + f.name;
      }
    }
    return path;
  }

  /** A close of the wrong kind: Newtonsoft leaves the container before it complains. */
  private closeMismatch(token: string, container: string): JsonSyntaxError {
    this.stack.pop();
    return this.error(`JsonToken ${token} is not valid for closing JsonType ${container}.`);
  }

  private containerTypeName(): string {
    const top = this.stack[this.stack.length - 1];
    return top === undefined ? 'None' : top.type === 'array' ? 'Array' : 'Object';
  }

  private error(message: string): JsonSyntaxError {
    const position = this.pos - this.lineStart;
    const line = !this.started && position === 0 ? 0 : this.line;
    return new JsonSyntaxError(`${message} Path '${this.path()}', line ${line}, position ${position}.`);
  }

  /**
   * The text ended early. Which of Newtonsoft's messages pwsh shows depends on where: inside a
   * nested container that still expects a value, the serializer's token writer reports it
   * (without a line); directly in the root object, the serializer's object reader does.
   */
  private endError(expectingValue: boolean, rootObjectEmpty = false): JsonSyntaxError {
    const innermost = this.stack[this.stack.length - 1];
    if (expectingValue && innermost !== undefined && (this.stack.length > 1 || innermost.type === 'array')) {
      return new JsonSyntaxError(`Unexpected end when reading token. Path '${innermost.path}'.`);
    }
    if (innermost === undefined || rootObjectEmpty) return this.error('Unexpected end when reading JSON.');
    return this.error('Unexpected end when deserializing object.');
  }
}

/** A number token's value: Int64, BigInteger or Double; null when it is not a number. */
function numberValue(text: string): JsonValue {
  if (text.length > 1 && text[0] === '0' && !/^0[.eE]/.test(text)) {
    const hex = /^0[xX]([0-9a-fA-F]{1,16})$/.exec(text);
    if (hex) return new TypedNumber('Int64', BigInt.asIntN(64, BigInt('0x' + hex[1]!)));
    if (/^[0-7]+$/.test(text)) return new TypedNumber('Int64', BigInt.asIntN(64, BigInt('0o' + text)));
    return null;
  }
  if (/[.eE]/.test(text)) return FLOAT_TEXT.test(text) ? makeDouble(Number(text)) : null;
  if (!/^-?\d+$/.test(text)) return null;
  const n = BigInt(text);
  return n >= INT64_MIN && n <= INT64_MAX ? new TypedNumber('Int64', n) : n;
}
