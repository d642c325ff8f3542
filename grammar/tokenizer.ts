/**
 * The mode-aware PowerShell tokenizer.
 *
 * PowerShell has two parsing modes (about_Parsing). In command mode `Remove-MsolUser -Force 1+2`
 * is a command name, a parameter and the string argument `1+2`; in expression mode `$a -eq 1+2`
 * is a comparison with an addition. The tokens themselves differ, so a context-free lexer cannot
 * produce them. pwsh's own tokenizer is driven by its parser; here the tokenizer keeps a stack of
 * frames that mirrors the grammar's nesting (blocks, parentheses, hashtables, argument lists...)
 * and, in each frame, a mode that says what the next token may be. The chevrotain parser then
 * reads an ordinary token vector.
 */
import { createTokenInstance, type IToken, type TokenType } from 'chevrotain';
import * as T from './tokens.js';
import {
  endsGenericWord,
  isBlank,
  isDash,
  isDigit,
  isDoubleQuote,
  isNewLine,
  isSingleQuote,
  isVariableChar,
  isWhite,
  isWordChar,
  numberAtPattern,
  numberPattern,
} from './characters.js';
import { LineMap } from './line-map.js';
import type { SyntaxErrorId } from './syntax-errors.js';

/** A problem found while tokenizing; the parser adds its own. Offsets are into the whole text. */
export interface LexError {
  id: SyntaxErrorId;
  args: string[];
  startOffset: number;
  endOffset: number; // exclusive
}

export interface Comment {
  text: string;
  startOffset: number;
  endOffset: number; // exclusive
}

export interface TokenizeResult {
  tokens: IToken[];
  errors: LexError[];
  comments: Comment[];
  /** With `untilCloseParen`: the offset after the closing `)` (not among the tokens), or -1. */
  closedAt: number;
}

/** Where a frame's content sits, which decides how its tokens are read. */
type FrameKind =
  | 'statements' // a script, a { } block, $( ), @( )
  | 'paren' // ( pipeline )
  | 'forHeader' // for ( init ; condition ; iterator )
  | 'foreachHeader' // foreach ( $x in pipeline )
  | 'hashtable' // @{ key = statement ... }
  | 'args' // method-call arguments
  | 'attributeArgs' // [Name( arguments )]
  | 'index' // [ expression ] after a value
  | 'paramList' // param( ... ) and function f( ... )
  | 'switchBody'
  | 'classBody'
  | 'enumBody';

/** What the next token may be. */
type Mode =
  | 'statementStart' // a statement, with keywords
  | 'pipelineStart' // a pipeline, no keywords (after return, throw, && and ||)
  | 'pipeStart' // a command after `|`
  | 'commandName' // the command after `&` or `.`
  | 'command' // arguments of a command
  | 'operand' // an expression operand
  | 'afterOperand' // an operator or a postfix after an operand
  | 'header' // what a keyword needs next (see Header)
  | 'key' // a hashtable key
  | 'member' // a class or enum member
  | 'clauseCondition' // a switch clause's condition
  | 'clauseBody'; // a switch clause's block

type Header =
  | 'condition' // if elseif while: ( ) then a block
  | 'doCondition' // do { } while ( ) and until ( )
  | 'switch'
  | 'for'
  | 'foreach'
  | 'block' // else try finally do begin ...: a block
  | 'functionName'
  | 'functionParams'
  | 'param'
  | 'catch'
  | 'trap'
  | 'class'
  | 'enum';

interface Frame {
  kind: FrameKind;
  closer: ')' | '}' | ']' | null;
  mode: Mode;
  header: Header | null;
  /** The keyword that owns the next block (if, try, do, ...), so its block can be followed by else, catch... */
  blockOwner: string | null;
  /** The keyword whose block just closed in this frame; decides if a newline may precede else/catch/while. */
  afterBlockOf: string | null;
}

export interface TokenizeOptions {
  /** Start and end of the range to read (the whole text by default); offsets stay the text's own. */
  start?: number;
  end?: number;
  /** The text's line map, when the caller has one already (ranges of one text share it). */
  lineMap?: LineMap;
  /** Read the inside of a `$(` that starts before `start`, and stop at the `)` that closes it. */
  untilCloseParen?: boolean;
}

const keywordsAfterBlock: Record<string, readonly string[]> = {
  if: ['else', 'elseif'],
  elseif: ['else', 'elseif'],
  try: ['catch', 'finally'],
  catch: ['catch', 'finally'],
  do: ['while', 'until'],
};

/** Token types after which a newline does not end anything (pwsh skips newlines there). */
const continuationTypes: ReadonlySet<TokenType> = new Set([
  T.Pipe, T.AndAnd, T.OrOr, T.Comma, T.Equals, T.CompoundAssign, T.Plus, T.Minus,
  T.MultiplicativeOperator, T.DashBinaryOperator, T.SplitJoin, T.DotDot, T.Coalesce, T.Exclaim,
  T.DashUnaryOperator, T.LParen, T.AtParen, T.DollarParen, T.LCurly, T.AtCurly, T.LBracket, T.Dot,
  T.ColonColon, T.Question, T.Colon, T.NewLine,
]);

export function tokenize(text: string, options: TokenizeOptions = {}): TokenizeResult {
  const first = options.untilCloseParen ? newFrame('statements', ')', 'statementStart') : undefined;
  const tokenizer = new Tokenizer(text, options.lineMap ?? new LineMap(text), options.start ?? 0, options.end ?? text.length, false, first);
  const closedAt = tokenizer.run();
  if (closedAt >= 0) tokenizer.tokens.pop(); // the closing `)` belongs to the enclosing `$(`
  return { tokens: tokenizer.tokens, errors: tokenizer.errors, comments: tokenizer.comments, closedAt };
}

class Tokenizer {
  readonly tokens: IToken[] = [];
  readonly errors: LexError[] = [];
  readonly comments: Comment[] = [];
  private pos: number;
  private readonly frames: Frame[];
  private lastType: TokenType | null = null;
  private lastEnd = -1;
  /** Set by the `]` that closes an attribute: newlines after an attribute do not end a statement. */
  private afterAttribute = false;

  constructor(
    private readonly text: string,
    private readonly lines: LineMap,
    start: number,
    private readonly end: number,
    /** A scan that only finds where a nested `$( )` ends: it keeps no tokens. */
    private readonly scanOnly: boolean,
    firstFrame: Frame = newFrame('statements', null, 'statementStart'),
  ) {
    this.pos = start;
    this.frames = [firstFrame];
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  /** Reads to the end of the range; returns the offset after the first frame's closer, or -1 if it never closed. */
  run(): number {
    while (this.pos < this.end) {
      if (this.frames.length === 0) return this.pos;
      const c = this.text[this.pos]!;
      if (isBlank(c)) {
        this.pos++;
        continue;
      }
      if (c === '`' && isNewLine(this.text[this.pos + 1])) {
        // Line continuation: the backtick and the newline are white space.
        this.pos += this.text[this.pos + 1] === '\r' && this.text[this.pos + 2] === '\n' ? 3 : 2;
        continue;
      }
      if (isNewLine(c)) {
        this.newLine();
        continue;
      }
      if (c === '#') {
        this.lineComment();
        continue;
      }
      if (c === '<' && this.text[this.pos + 1] === '#') {
        this.blockComment();
        continue;
      }
      this.afterAttribute = false;
      this.dispatch(c);
    }
    return this.frames.length === 0 ? this.pos : -1;
  }

  /** The offset just after the `)` that closes a `$(` whose content starts at `start`, or -1. */
  static endOfSubexpression(text: string, lines: LineMap, start: number, end: number): number {
    return new Tokenizer(text, lines, start, end, true, newFrame('statements', ')', 'statementStart')).run();
  }

  // ---------------------------------------------------------------------------------------------
  // Emitting

  private emit(type: TokenType, start: number, end: number): void {
    this.lastType = type;
    this.lastEnd = end;
    this.pos = end;
    if (this.scanOnly) return;
    const image = this.text.slice(start, end);
    const first = this.lines.locate(start);
    const last = end - start > 1 ? this.lines.locate(end - 1) : first;
    this.tokens.push(createTokenInstance(type, image, start, end - 1, first.line, last.line, first.column, last.column));
  }

  private error(id: SyntaxErrorId, start: number, end: number, ...args: string[]): void {
    if (!this.scanOnly) this.errors.push({ id, args, startOffset: start, endOffset: end });
  }

  private push(kind: FrameKind, closer: Frame['closer'], mode: Mode): void {
    this.frames.push(newFrame(kind, closer, mode));
  }

  /** The mode a separator (newline or `;`) returns a frame to. */
  private resetAfterSeparator(frame: Frame): void {
    frame.header = null;
    frame.afterBlockOf = null;
    switch (frame.kind) {
      case 'hashtable':
        frame.mode = 'key';
        break;
      case 'classBody':
      case 'enumBody':
        frame.mode = 'member';
        break;
      case 'switchBody':
        frame.mode = 'clauseCondition';
        break;
      case 'foreachHeader':
        break;
      default:
        frame.mode = 'statementStart';
    }
  }

  // ---------------------------------------------------------------------------------------------
  // White space, newlines and comments

  private newLine(): void {
    const start = this.pos;
    const end = this.text[start] === '\r' && this.text[start + 1] === '\n' ? start + 2 : start + 1;
    this.pos = end;
    const frame = this.frame;
    if (frame.kind === 'args' || frame.kind === 'attributeArgs' || frame.kind === 'index' || frame.kind === 'paramList' || frame.kind === 'foreachHeader') return;
    if (frame.mode === 'header' || this.afterAttribute) return;
    // After an operator, `(` or `{` pwsh reads on; after a newline, another one adds nothing.
    if (this.lastType !== null && continuationTypes.has(this.lastType)) return;
    const next = this.nextSignificant(end);
    // pwsh 7: a pipeline may continue on the next line with a leading `|`.
    if (this.text[next] === '|' && this.text[next + 1] !== '|' && (frame.mode === 'command' || frame.mode === 'afterOperand')) return;
    if ((frame.kind === 'paren' || frame.kind === 'forHeader') && this.text[next] === ')') return;
    if (frame.afterBlockOf !== null) {
      const word = this.wordAt(next).toLowerCase();
      if (keywordsAfterBlock[frame.afterBlockOf]?.includes(word)) return;
    }
    // Leading newlines of a script separate nothing.
    if (this.lastType === null && this.frames.length === 1) return;
    this.emit(T.NewLine, start, end);
    this.resetAfterSeparator(frame);
  }

  /** The offset of the next character that is not white space or a comment. */
  private nextSignificant(from: number): number {
    let i = from;
    while (i < this.end) {
      const c = this.text[i];
      if (isWhite(c)) i++;
      else if (c === '`' && isNewLine(this.text[i + 1])) i += 2;
      else if (c === '#') {
        while (i < this.end && !isNewLine(this.text[i])) i++;
      } else if (c === '<' && this.text[i + 1] === '#') {
        const close = this.text.indexOf('#>', i + 2);
        i = close < 0 ? this.end : close + 2;
      } else break;
    }
    return i;
  }

  private wordAt(i: number): string {
    let j = i;
    while (j < this.end && isWordChar(this.text[j])) j++;
    return this.text.slice(i, j);
  }

  private lineComment(): void {
    const start = this.pos;
    let i = start;
    while (i < this.end && !isNewLine(this.text[i])) i++;
    if (!this.scanOnly) this.comments.push({ text: this.text.slice(start, i), startOffset: start, endOffset: i });
    this.pos = i;
  }

  private blockComment(): void {
    const start = this.pos;
    const close = this.text.indexOf('#>', start + 2);
    const end = close < 0 || close + 2 > this.end ? this.end : close + 2;
    if (close < 0 || close + 2 > this.end) this.error('MissingTerminatorMultiLineComment', start, start + 2);
    if (!this.scanOnly) this.comments.push({ text: this.text.slice(start, end), startOffset: start, endOffset: end });
    this.pos = end;
  }

  // ---------------------------------------------------------------------------------------------
  // Dispatch by mode

  private dispatch(c: string): void {
    const frame = this.frame;
    if (c === ')' || c === '}' || c === ']') return this.closer(c);
    switch (frame.mode) {
      case 'statementStart':
      case 'pipelineStart':
      case 'pipeStart':
        return this.statementStart(c, frame);
      case 'commandName':
        return this.commandNameAfterCallOperator(c, frame);
      case 'command':
        return this.commandArgument(c, frame);
      case 'operand':
        return this.operand(c, frame);
      case 'afterOperand':
        return this.afterOperand(c, frame);
      case 'header':
        return this.header(c, frame);
      case 'key':
        return this.hashKey(c, frame);
      case 'member':
        return this.member(c, frame);
      case 'clauseCondition':
      case 'clauseBody':
        return this.switchClause(c, frame);
    }
  }

  private closer(c: ')' | '}' | ']'): void {
    const type = c === ')' ? T.RParen : c === '}' ? T.RCurly : T.RBracket;
    const frame = this.frame;
    const start = this.pos;
    if (frame.closer === c) {
      this.frames.pop();
      this.emit(type, start, start + 1);
      if (frame.kind === 'attributeArgs') this.attributeClose();
      return;
    }
    // Unbalanced: the parser reports it where it does not fit.
    this.emit(type, start, start + 1);
  }

  /** The `]` after an attribute's arguments; newlines after an attribute end nothing. */
  private attributeClose(): void {
    let i = this.pos;
    while (isBlank(this.text[i])) i++;
    if (this.text[i] !== ']') return; // the parser reports the missing bracket
    this.emit(T.RBracket, i, i + 1);
    this.afterAttribute = true;
  }

  // ---------------------------------------------------------------------------------------------
  // Statement start: a keyword, an expression, or a command

  private statementStart(c: string, frame: Frame): void {
    const start = this.pos;
    const next = this.text[start + 1];
    if (c === ';') {
      this.emit(T.Semicolon, start, start + 1);
      this.resetAfterSeparator(frame);
      return;
    }
    if (c === '|' || (c === '&' && next === '&')) return this.pipelineOperator(c, frame);
    if (c === '&') {
      this.emit(T.Ampersand, start, start + 1);
      frame.mode = 'commandName';
      return;
    }
    if (c === '.' && (isWhite(next) || next === undefined)) {
      this.emit(T.DotSource, start, start + 1);
      frame.mode = 'commandName';
      return;
    }
    if (c === ':' && frame.mode === 'statementStart' && isWordChar(next)) {
      let i = start + 1;
      while (i < this.end && isWordChar(this.text[i])) i++;
      this.emit(T.Label, start, i);
      return;
    }
    if (c === '[') {
      // An attribute before param(), a function or a typed variable keeps the statement start.
      const mode = frame.mode;
      if (this.typeLiteral(start)) {
        if (this.lastType === T.AttributeOpen) frame.mode = mode;
        frame.afterBlockOf = null;
        return;
      }
    }
    if (this.startsExpression(c, next)) {
      frame.mode = 'operand';
      frame.afterBlockOf = null;
      return this.operand(c, frame);
    }
    // A number followed by an operator (`1..10`, `2 * 3`) starts an expression; `7zip` is a command.
    if (isDigit(c) || (c === '.' && isDigit(next))) {
      numberAtPattern.lastIndex = start;
      const m = numberAtPattern.exec(this.text);
      if (m && !isWordChar(this.text[start + m[0].length])) {
        frame.mode = 'operand';
        frame.afterBlockOf = null;
        return this.operand(c, frame);
      }
    }
    // A bare word: a keyword, a number, or a command name.
    const wordEnd = this.genericWordEnd(start);
    const word = this.text.slice(start, wordEnd);
    if (frame.mode === 'statementStart' && this.keyword(word, start, wordEnd, frame)) return;
    frame.afterBlockOf = null;
    if (numberPattern.test(word) && !isDash(c)) {
      frame.mode = 'operand';
      return this.operand(c, frame);
    }
    this.emit(T.CommandName, start, wordEnd);
    frame.mode = 'command';
  }

  /** Whether a statement starting with `c` is an expression rather than a command. */
  private startsExpression(c: string, next: string | undefined): boolean {
    if (c === '$' || c === '(' || c === '{' || c === '[' || c === '!' || c === ',') return true;
    if (c === '@') return next === '(' || next === '{' || isDoubleQuote(next) || isSingleQuote(next) || isVariableChar(next);
    if (isDoubleQuote(c) || isSingleQuote(c)) return true;
    if (c === '.') return isDigit(next);
    if (c === '+') return true;
    if (isDash(c)) {
      if (isDash(next)) return this.text[this.pos + 2] === '$' || this.text[this.pos + 2] === '(' ;
      if (isDigit(next) || next === '.' || next === '$' || next === '(' || next === '[') return true;
      const name = this.wordAt(this.pos + 1).toLowerCase();
      const op = T.dashOperators.get(name);
      return op === T.DashUnaryOperator || op === T.SplitJoin;
    }
    return false;
  }

  /** Emits a statement keyword and sets what it needs next; false when `word` is not one. */
  private keyword(word: string, start: number, end: number, frame: Frame): boolean {
    const lower = word.toLowerCase();
    const type = T.statementKeywords.get(lower);
    if (type === undefined) return false;
    const after = this.nextSignificant(end);
    const afterBlockOf = frame.afterBlockOf;
    frame.afterBlockOf = null;
    if (type === T.NamedBlockKeyword && this.text[after] !== '{') return false;
    if (type === T.Param && this.text[after] !== '(') return false;
    // else, elseif, catch, finally and until mean something only after their statement's block;
    // elsewhere pwsh reads them as command names.
    const continues = afterBlockOf !== null && keywordsAfterBlock[afterBlockOf]?.includes(lower);
    if ((type === T.Else || type === T.ElseIf) && !(continues && afterBlockOf !== 'do')) return false;
    if ((type === T.Catch || type === T.Finally) && !(afterBlockOf === 'try' || afterBlockOf === 'catch')) return false;
    if (type === T.Until && afterBlockOf !== 'do') return false;
    this.emit(type, start, end);
    frame.blockOwner = lower;
    switch (lower) {
      case 'if':
      case 'elseif':
        return this.expect(frame, 'condition');
      case 'while':
      case 'until':
        return this.expect(frame, afterBlockOf === 'do' ? 'doCondition' : 'condition');
      case 'switch':
        return this.expect(frame, 'switch');
      case 'for':
        return this.expect(frame, 'for');
      case 'foreach':
        return this.expect(frame, 'foreach');
      case 'function':
      case 'filter':
      case 'workflow':
        return this.expect(frame, 'functionName');
      case 'param':
        return this.expect(frame, 'param');
      case 'catch':
        return this.expect(frame, 'catch');
      case 'trap':
        return this.expect(frame, 'trap');
      case 'class':
        return this.expect(frame, 'class');
      case 'enum':
        return this.expect(frame, 'enum');
      case 'return':
      case 'throw':
      case 'exit':
        frame.mode = 'pipelineStart';
        return true;
      case 'break':
      case 'continue':
      case 'using':
        frame.mode = 'command';
        return true;
      default:
        // else try finally do data begin process end clean dynamicparam
        return this.expect(frame, 'block');
    }
  }

  private expect(frame: Frame, header: Header): true {
    frame.mode = 'header';
    frame.header = header;
    return true;
  }

  private pipelineOperator(c: string, frame: Frame): void {
    const start = this.pos;
    const next = this.text[start + 1];
    if (c === '|' && next === '|') {
      this.emit(T.OrOr, start, start + 2);
      frame.mode = 'pipelineStart';
    } else if (c === '&' && next === '&') {
      this.emit(T.AndAnd, start, start + 2);
      frame.mode = 'pipelineStart';
    } else if (c === '|') {
      this.emit(T.Pipe, start, start + 1);
      frame.mode = 'pipeStart';
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Keyword headers: what follows if, foreach, function, catch, class...

  private header(c: string, frame: Frame): void {
    const start = this.pos;
    const header = frame.header!;
    const owner = frame.blockOwner ?? '';
    if (c === '(') {
      switch (header) {
        case 'condition':
          frame.header = 'block';
          return this.open(T.LParen, 1, 'paren', ')', 'statementStart');
        case 'doCondition':
          frame.mode = 'statementStart';
          frame.header = null;
          return this.open(T.LParen, 1, 'paren', ')', 'statementStart');
        case 'switch':
          frame.header = 'switch';
          return this.open(T.LParen, 1, 'paren', ')', 'statementStart');
        case 'for':
          frame.header = 'block';
          return this.open(T.LParen, 1, 'forHeader', ')', 'statementStart');
        case 'foreach':
          frame.header = 'block';
          return this.open(T.LParen, 1, 'foreachHeader', ')', 'operand');
        case 'functionParams':
          frame.header = 'block';
          return this.open(T.LParen, 1, 'paramList', ')', 'operand');
        case 'param':
          frame.mode = 'statementStart';
          frame.header = null;
          return this.open(T.LParen, 1, 'paramList', ')', 'operand');
        default:
          break;
      }
    }
    if (c === '{') {
      switch (header) {
        case 'block':
        case 'functionParams':
        case 'catch':
        case 'trap':
          frame.mode = 'statementStart';
          frame.header = null;
          frame.afterBlockOf = owner;
          return this.open(T.LCurly, 1, 'statements', '}', 'statementStart');
        case 'switch':
          frame.mode = 'statementStart';
          frame.header = null;
          return this.open(T.LCurly, 1, 'switchBody', '}', 'clauseCondition');
        case 'class':
          frame.mode = 'statementStart';
          frame.header = null;
          return this.open(T.LCurly, 1, 'classBody', '}', 'member');
        case 'enum':
          frame.mode = 'statementStart';
          frame.header = null;
          return this.open(T.LCurly, 1, 'enumBody', '}', 'member');
        default:
          break;
      }
    }
    if (header === 'functionName' && c !== '{' && c !== '(' && c !== ';') {
      let i = start;
      while (i < this.end && !endsGenericWord(this.text[i])) i++;
      this.emit(T.GenericArgument, start, i);
      frame.header = 'functionParams';
      return;
    }
    if ((header === 'switch' || header === 'foreach') && isDash(c) && isWordChar(this.text[start + 1])) {
      return this.parameter(start);
    }
    if (header === 'switch' && c !== ';') {
      // switch -File path { }: the file name is an ordinary argument.
      if (isDoubleQuote(c) || isSingleQuote(c) || c === '$') {
        frame.mode = 'operand';
        this.operand(c, frame);
        frame.mode = 'header';
        return;
      }
      const wordEnd = this.genericWordEnd(start);
      if (wordEnd > start) return this.emit(T.GenericArgument, start, wordEnd);
    }
    if ((header === 'catch' || header === 'trap') && c === '[') {
      if (this.typeLiteral(start)) return;
    }
    if (header === 'catch' && c === ',') return this.emit(T.Comma, start, start + 1);
    if (header === 'class' || header === 'enum') {
      if (c === ':') return this.emit(T.Colon, start, start + 1);
      if (c === ',') return this.emit(T.Comma, start, start + 1);
      if (isWordChar(c)) return this.identifier(start, true);
    }
    // Something the keyword cannot take: the parser reports what is missing.
    frame.mode = 'statementStart';
    frame.header = null;
    this.statementStart(c, frame);
  }

  private open(type: TokenType, length: number, kind: FrameKind, closer: Frame['closer'], mode: Mode): void {
    this.emit(type, this.pos, this.pos + length);
    this.push(kind, closer, mode);
  }

  // ---------------------------------------------------------------------------------------------
  // Commands

  /** After `&` or `.`: the command is a name, a string, a variable, a script block or a subexpression. */
  private commandNameAfterCallOperator(c: string, frame: Frame): void {
    if (c === '$' || c === '{' || c === '(' || c === '@' || isDoubleQuote(c) || isSingleQuote(c)) {
      frame.mode = 'operand';
      this.operand(c, frame);
      // The operand may have opened a frame ( `& { }` ); either way, arguments follow it.
      frame.mode = 'command';
      return;
    }
    const start = this.pos;
    const wordEnd = this.genericWordEnd(start);
    this.emit(T.CommandName, start, Math.max(wordEnd, start + 1));
    frame.mode = 'command';
  }

  private commandArgument(c: string, frame: Frame): void {
    const start = this.pos;
    const next = this.text[start + 1];
    if (start === this.lastEnd && this.postfix(c, frame, 'command')) return;
    if (c === ';') {
      this.emit(T.Semicolon, start, start + 1);
      this.resetAfterSeparator(frame);
      return;
    }
    if (c === '|' || (c === '&' && next === '&')) return this.pipelineOperator(c, frame);
    if (c === '&') return this.emit(T.Ampersand, start, start + 1);
    if (c === ',') return this.emit(T.Comma, start, start + 1);
    if (this.redirection(start)) return;
    if (isDash(c)) {
      if (isDash(next)) {
        if (this.text[start + 2] === '%') {
          let i = start + 3;
          while (i < this.end && !isNewLine(this.text[i])) i++;
          return this.emit(T.StopParsing, start, i);
        }
        if (endsGenericWord(this.text[start + 2])) return this.emit(T.EndOfParameters, start, start + 2);
      }
      // `-1` is a negative number argument, not a parameter named 1.
      if ((isWordChar(next) && !(next! >= '0' && next! <= '9')) || next === '?') return this.parameter(start);
    }
    if (c === '$' && isVariableChar(next)) {
      // `$n+1` and `$a-b` are one argument (an expandable word), but `$a.b`, `$a[0]` and `$a,$b` are not.
      let j = start + 1;
      while (j < this.end && (isVariableChar(this.text[j]) || (this.text[j] === ':' && isVariableChar(this.text[j + 1])))) j++;
      const after = this.text[j];
      if (j < this.end && !endsGenericWord(after) && after !== '.' && after !== '[' && after !== '=' && !(after === '-' && j === start + 1)) {
        const wordEnd = this.genericWordEnd(start);
        if (wordEnd > j) return this.emit(T.GenericArgument, start, wordEnd);
      }
    }
    if (c === '$' || c === '(' || c === '{' || isDoubleQuote(c) || isSingleQuote(c)) {
      this.operandToken(c, frame, 'command');
      return;
    }
    if (c === '@' && (next === '(' || next === '{' || isDoubleQuote(next) || isSingleQuote(next))) {
      this.operandToken(c, frame, 'command');
      return;
    }
    if (c === '@' && isVariableChar(next)) {
      let i = start + 1;
      while (i < this.end && isVariableChar(this.text[i])) i++;
      return this.emit(T.SplattedVariable, start, i);
    }
    const wordEnd = this.genericWordEnd(start);
    const word = this.text.slice(start, Math.max(wordEnd, start + 1));
    this.emit(numberPattern.test(word) ? T.NumberLiteral : T.GenericArgument, start, start + word.length);
  }

  /** `-Name` or `-Name:` (the colon binds the next argument to it). */
  private parameter(start: number): void {
    let i = start + 1;
    while (i < this.end) {
      const ch = this.text[i];
      if (ch === ':' || endsGenericWord(ch) || isDoubleQuote(ch) || isSingleQuote(ch) || ch === '$') break;
      i++;
    }
    if (this.text[i] === ':') i++;
    this.emit(T.Parameter, start, i);
  }

  /** Redirections: > >> 2> 2>> 2>&1 *> *>&1 ... and the reserved `<`. */
  private redirection(start: number): boolean {
    const c = this.text[start];
    let i = start;
    if ((c === '*' || (c >= '1' && c <= '6')) && this.text[start + 1] === '>') i++;
    else if (c === '<') {
      this.error('RedirectionNotSupported', start, start + 1, '<');
      this.emit(T.Redirection, start, start + 1);
      return true;
    }
    if (this.text[i] !== '>') return false;
    i++;
    if (this.text[i] === '>') i++;
    else if (this.text[i] === '&' && this.text[i + 1] !== undefined && this.text[i + 1]! >= '1' && this.text[i + 1]! <= '6') {
      this.emit(T.Redirection, start, i + 2);
      return true;
    }
    this.emit(T.Redirection, start, i);
    // The file name is read in argument mode, also after an expression: `'x' > ./out.txt`.
    let j = i;
    while (j < this.end && (this.text[j] === ' ' || this.text[j] === '\t')) j++;
    const first = this.text[j];
    if (j < this.end && first !== undefined && !endsGenericWord(first) && first !== '$' && first !== '(' && !isDoubleQuote(first) && !isSingleQuote(first)) {
      const wordEnd = this.genericWordEnd(j);
      if (wordEnd > j) {
        this.pos = j;
        this.emit(T.GenericArgument, j, wordEnd);
      }
    }
    return true;
  }

  /** The end of a bare word in command mode; quoted parts and escapes belong to it. */
  private genericWordEnd(start: number): number {
    let i = start;
    while (i < this.end) {
      const ch = this.text[i]!;
      if (ch === '`') {
        if (isNewLine(this.text[i + 1])) break;
        if (i + 1 >= this.end) {
          // A backtick escaping nothing at the end of the text.
          this.error('IncompleteString', this.end, this.end);
          return this.end;
        }
        i += 2;
        continue;
      }
      if (endsGenericWord(ch)) break;
      if (i > start && (isDoubleQuote(ch) || isSingleQuote(ch))) {
        const close = isDoubleQuote(ch) ? this.doubleQuotedEnd(i) : this.singleQuotedEnd(i);
        if (close < 0) break;
        i = close;
        continue;
      }
      if (ch === '$' && this.text[i + 1] === '(') {
        const close = Tokenizer.endOfSubexpression(this.text, this.lines, i + 2, this.end);
        if (close < 0) return this.end;
        i = close;
        continue;
      }
      i++;
    }
    return i;
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  /** An operand where an expression value is expected. */
  private operand(c: string, frame: Frame): void {
    const start = this.pos;
    const next = this.text[start + 1];
    if (c === ';' || c === '|' || (c === '&' && next === '&')) {
      frame.mode = 'afterOperand';
      return this.afterOperand(c, frame);
    }
    if (isDash(c)) {
      if (isDash(next)) return this.emit(T.MinusMinus, start, start + 2);
      const name = this.wordAt(start + 1);
      const op = T.dashOperators.get(name.toLowerCase());
      if (name.length > 0 && (op === T.DashUnaryOperator || op === T.SplitJoin)) {
        return this.emit(op, start, start + 1 + name.length);
      }
      return this.emit(T.Minus, start, start + 1);
    }
    if (c === '+') return this.emit(next === '+' ? T.PlusPlus : T.Plus, start, next === '+' ? start + 2 : start + 1);
    if (c === '!') return this.emit(T.Exclaim, start, start + 1);
    if (c === ',') return this.emit(T.Comma, start, start + 1);
    if (c === '[') {
      if (this.typeLiteral(start)) return;
      frame.mode = 'afterOperand';
      return this.open(T.LBracket, 1, 'index', ']', 'operand');
    }
    if (isDigit(c) || (c === '.' && isDigit(next))) {
      numberAtPattern.lastIndex = start;
      const m = numberAtPattern.exec(this.text);
      const end = m ? start + m[0].length : start + 1;
      this.emit(T.NumberLiteral, start, end);
      frame.mode = 'afterOperand';
      return;
    }
    if (isWordChar(c)) {
      // A bare word where a value is expected: an attribute argument name, or an error the
      // parser reports. `in` of foreach is the one keyword read here.
      return this.identifier(start, false);
    }
    if (this.operandToken(c, frame, 'afterOperand')) return;
    // Anything else: a token the parser will report as unexpected.
    this.emit(T.GenericArgument, start, start + 1);
    frame.mode = 'afterOperand';
  }

  /**
   * A string, variable, subexpression, array, hashtable, script block or parenthesized pipeline.
   * `then` is the mode the frame has once the operand is complete.
   */
  private operandToken(c: string, frame: Frame, then: Mode): boolean {
    const start = this.pos;
    const next = this.text[start + 1];
    if (c === '$') {
      if (next === '(') {
        frame.mode = then;
        this.open(T.DollarParen, 2, 'statements', ')', 'statementStart');
        return true;
      }
      this.variable(start);
      frame.mode = then;
      return true;
    }
    if (c === '@') {
      if (next === '(') {
        frame.mode = then;
        this.open(T.AtParen, 2, 'statements', ')', 'statementStart');
        return true;
      }
      if (next === '{') {
        frame.mode = then;
        this.open(T.AtCurly, 2, 'hashtable', '}', 'key');
        return true;
      }
      if (isDoubleQuote(next) || isSingleQuote(next)) {
        this.hereString(start);
        frame.mode = then;
        return true;
      }
      if (isVariableChar(next)) {
        let i = start + 1;
        while (i < this.end && isVariableChar(this.text[i])) i++;
        this.emit(T.SplattedVariable, start, i);
        frame.mode = then;
        return true;
      }
      return false;
    }
    if (c === '(') {
      frame.mode = then;
      this.open(T.LParen, 1, 'paren', ')', 'statementStart');
      return true;
    }
    if (c === '{') {
      frame.mode = then;
      this.open(T.LCurly, 1, 'statements', '}', 'statementStart');
      return true;
    }
    if (isDoubleQuote(c)) {
      const end = this.doubleQuotedEnd(start);
      if (end < 0) {
        this.error('TerminatorExpectedAtEndOfString', start, start + 1, '"');
        this.emit(T.ExpandableString, start, this.end);
      } else this.emit(T.ExpandableString, start, end);
      frame.mode = then;
      return true;
    }
    if (isSingleQuote(c)) {
      const end = this.singleQuotedEnd(start);
      if (end < 0) {
        this.error('TerminatorExpectedAtEndOfString', start, start + 1, "'");
        this.emit(T.VerbatimString, start, this.end);
      } else this.emit(T.VerbatimString, start, end);
      frame.mode = then;
      return true;
    }
    return false;
  }

  private afterOperand(c: string, frame: Frame): void {
    const start = this.pos;
    const next = this.text[start + 1];
    if (start === this.lastEnd && this.postfix(c, frame, 'afterOperand')) return;
    if (this.lastType === T.TypeLiteral && this.startsCastOperand(c)) {
      frame.mode = 'operand';
      return this.operand(c, frame);
    }
    switch (c) {
      case ';':
        this.emit(T.Semicolon, start, start + 1);
        this.resetAfterSeparator(frame);
        return;
      case '|':
        return this.pipelineOperator(c, frame);
      case '&':
        if (next === '&') return this.pipelineOperator(c, frame);
        return this.emit(T.Ampersand, start, start + 1);
      case ',':
        frame.mode = 'operand';
        return this.emit(T.Comma, start, start + 1);
      case '=':
        return this.assignment(start, 1, T.Equals, frame);
      case '+':
        if (next === '=') return this.assignment(start, 2, T.CompoundAssign, frame);
        if (next === '+') return this.emit(T.PlusPlus, start, start + 2);
        frame.mode = 'operand';
        return this.emit(T.Plus, start, start + 1);
      case '*':
      case '/':
      case '%':
        if (c === '*' && next === '>') {
          this.redirection(start);
          return;
        }
        if (next === '=') return this.assignment(start, 2, T.CompoundAssign, frame);
        frame.mode = 'operand';
        return this.emit(T.MultiplicativeOperator, start, start + 1);
      case '.':
        if (next === '.') {
          frame.mode = 'operand';
          return this.emit(T.DotDot, start, start + 2);
        }
        this.memberAccess(start, T.Dot, 1);
        return;
      case '?':
        if (next === '?') {
          if (this.text[start + 2] === '=') return this.assignment(start, 3, T.CompoundAssign, frame);
          frame.mode = 'operand';
          return this.emit(T.Coalesce, start, start + 2);
        }
        frame.mode = 'operand';
        return this.emit(T.Question, start, start + 1);
      case ':':
        if (next === ':') return this.memberAccess(start, T.ColonColon, 2);
        frame.mode = 'operand';
        return this.emit(T.Colon, start, start + 1);
      case '>':
        this.redirection(start);
        return;
      case '!':
        frame.mode = 'operand';
        return this.emit(T.Exclaim, start, start + 1);
      default:
        break;
    }
    if (c >= '1' && c <= '6' && next === '>') {
      this.redirection(start);
      return;
    }
    if (isDash(c)) {
      if (isDash(next)) return this.emit(T.MinusMinus, start, start + 2);
      if (next === '=') return this.assignment(start, 2, T.CompoundAssign, frame);
      const name = this.wordAt(start + 1);
      const op = T.dashOperators.get(name.toLowerCase());
      frame.mode = 'operand';
      if (name.length > 0 && op !== undefined && op !== T.DashUnaryOperator) {
        return this.emit(op, start, start + 1 + name.length);
      }
      if (name.length > 0 && !isDigit(name[0])) {
        // `-Foo` after a value is not an operator pwsh knows.
        this.error('UnexpectedToken', start, start + 1 + name.length, this.text.slice(start, start + 1 + name.length));
        return this.emit(T.DashBinaryOperator, start, start + 1 + name.length);
      }
      return this.emit(T.Minus, start, start + 1);
    }
    if (isWordChar(c)) {
      const word = this.wordAt(start);
      if (frame.kind === 'foreachHeader' && word.toLowerCase() === 'in') {
        this.emit(T.In, start, start + 2);
        frame.mode = 'statementStart';
        return;
      }
      return this.identifier(start, false);
    }
    // An operand after an operand (`$a $b`): read it; the parser reports the unexpected token.
    frame.mode = 'operand';
    this.operand(c, frame);
  }

  /** Whether `c`, after a type literal, starts the operand of a cast (`[int]$x`, `[string[]]@()`). */
  private startsCastOperand(c: string): boolean {
    return (
      c === '$' || c === '(' || c === '@' || c === '[' || c === '{' || isDigit(c) || isDoubleQuote(c) ||
      isSingleQuote(c) || (isDash(c) && !isWordChar(this.text[this.pos + 1])) || c === '+' || c === '!'
    );
  }

  private assignment(start: number, length: number, type: TokenType, frame: Frame): void {
    this.emit(type, start, start + length);
    // The right side of an assignment is a statement (`$x = if ($a) { 1 }`, `$u = Get-MsolUser`),
    // except where only an expression fits: attribute arguments, parameter defaults, class members.
    const expressionOnly: readonly FrameKind[] = ['args', 'attributeArgs', 'paramList', 'classBody', 'enumBody'];
    frame.mode = expressionOnly.includes(frame.kind) ? 'operand' : 'statementStart';
  }

  /**
   * Member access, indexing and method calls written directly after a value (no white space).
   * Returns false when `c` starts none of them.
   */
  private postfix(c: string, frame: Frame, then: Mode): boolean {
    const start = this.pos;
    const next = this.text[start + 1];
    const last = this.lastType;
    const afterValue =
      last === T.Variable || last === T.RParen || last === T.RBracket || last === T.RCurly || last === T.Identifier ||
      last === T.ExpandableString || last === T.VerbatimString || last === T.TypeLiteral || last === T.NumberLiteral ||
      last === T.SplattedVariable;
    if (!afterValue) return false;
    if (c === '.' && next !== '.' && (isWordChar(next) || next === '$' || isDoubleQuote(next) || isSingleQuote(next) || next === '(' || next === '{')) {
      if (last === T.NumberLiteral && then === 'command') return false;
      this.memberAccess(start, T.Dot, 1);
      frame.mode = then;
      return true;
    }
    if (c === ':' && next === ':' && then !== 'command') {
      this.memberAccess(start, T.ColonColon, 2);
      return true;
    }
    if (c === '?' && next === '.' && (last === T.Variable || last === T.RParen || last === T.RBracket || last === T.Identifier)) {
      this.memberAccess(start, T.QuestionDot, 2);
      frame.mode = then;
      return true;
    }
    if (c === '?' && next === '[') {
      frame.mode = then;
      this.open(T.QuestionLBracket, 2, 'index', ']', 'operand');
      return true;
    }
    if (c === '[' && last !== T.NumberLiteral && last !== T.TypeLiteral) {
      frame.mode = then;
      this.open(T.LBracket, 1, 'index', ']', 'operand');
      return true;
    }
    if (c === '(' && last === T.Identifier && this.memberNameJustRead) {
      frame.mode = then;
      this.open(T.LParen, 1, 'args', ')', 'operand');
      return true;
    }
    if ((c === '+' && next === '+') || (isDash(c) && isDash(next))) {
      if (then === 'command') return false;
      this.emit(c === '+' ? T.PlusPlus : T.MinusMinus, start, start + 2);
      return true;
    }
    return false;
  }

  /** Set while the last token is a member name, so that `(` right after it starts a method call. */
  private memberNameJustRead = false;

  /** `.Name`, `::Name`, `?.Name`, and the dynamic forms `.$name`, `."name"`, `.(expr)`. */
  private memberAccess(start: number, type: TokenType, length: number): void {
    this.emit(type, start, start + length);
    const i = start + length;
    const c = this.text[i];
    if (isWordChar(c)) {
      let j = i;
      while (j < this.end && isWordChar(this.text[j])) j++;
      this.emit(T.Identifier, i, j);
      this.memberNameJustRead = true;
      return;
    }
    this.memberNameJustRead = false;
    if (c === '$') return this.variable(i);
    if (isDoubleQuote(c) || isSingleQuote(c) || c === '(' || c === '{') {
      const frame = this.frame;
      const mode = frame.mode;
      this.pos = i;
      this.operandToken(c, frame, mode);
    }
  }

  /** A bare word in expression mode; `allowDots` for type names (class bases). */
  private identifier(start: number, allowDots: boolean): void {
    let i = start;
    while (i < this.end && (isWordChar(this.text[i]) || (allowDots && this.text[i] === '.'))) i++;
    if (i === start) i++;
    this.emit(T.Identifier, start, i);
    this.memberNameJustRead = false;
    const frame = this.frame;
    if (frame.mode === 'operand') frame.mode = 'afterOperand';
  }

  /** `$name`, `${any name}`, `$scope:name`, `$env:Path`, `$_`, `$$`, `$?`, `$^`. */
  private variable(start: number): void {
    const next = this.text[start + 1];
    let i = start + 1;
    if (next === '{') {
      while (i < this.end && this.text[i] !== '}') i += this.text[i] === '`' ? 2 : 1;
      if (i >= this.end) {
        this.error('IncompleteDollarVariableReference', start + 1, start + 2);
        this.emit(T.Variable, start, this.end);
        return;
      }
      this.emit(T.Variable, start, i + 1);
      this.memberNameJustRead = false;
      return;
    }
    if (next === '$' || next === '^' || next === '?') {
      this.emit(T.Variable, start, start + 2);
      this.memberNameJustRead = false;
      return;
    }
    while (i < this.end && isVariableChar(this.text[i])) i++;
    // A scope or drive qualifier: $script:x, $env:USERPROFILE (but not $x::Member).
    if (this.text[i] === ':' && i > start + 1 && isVariableChar(this.text[i + 1]) && this.text[i + 1] !== '?') {
      i++;
      while (i < this.end && isVariableChar(this.text[i])) i++;
    }
    if (i === start + 1) {
      // A lone `$`: pwsh reads it as a literal argument in command mode.
      this.emit(T.GenericArgument, start, start + 1);
      return;
    }
    this.emit(T.Variable, start, i);
    this.memberNameJustRead = false;
  }

  /**
   * `[TypeName]` as one TypeLiteral token, or `[AttributeName(` as an AttributeOpen token followed
   * by its arguments. False when the bracket does not hold a type name.
   */
  private typeLiteral(start: number): boolean {
    const nameEnd = this.typeNameEnd(start + 1);
    if (nameEnd < 0) {
      let j = start + 1;
      while (isBlank(this.text[j])) j++;
      if (this.text[j] !== ']') return false;
      // `[]` where a type literal belongs.
      this.error('MissingTypename', start + 1, start + 1);
      this.emit(T.TypeLiteral, start, j + 1);
      const frame = this.frame;
      if (frame.mode === 'operand' || frame.mode === 'statementStart' || frame.mode === 'pipelineStart') frame.mode = 'afterOperand';
      return true;
    }
    let i = nameEnd;
    while (isBlank(this.text[i])) i++;
    if (this.text[i] === ']') {
      this.emit(T.TypeLiteral, start, i + 1);
      this.memberNameJustRead = false;
      // A type literal is a value ([int]::MaxValue) or a cast ([int]$x): afterOperand decides.
      const frame = this.frame;
      if (frame.mode === 'operand' || frame.mode === 'statementStart' || frame.mode === 'pipelineStart') frame.mode = 'afterOperand';
      return true;
    }
    if (this.text[i] === '(') {
      this.emit(T.AttributeOpen, start, i + 1);
      this.push('attributeArgs', ')', 'operand');
      return true;
    }
    // `[string$x`: pwsh reads the type name and reports the missing bracket.
    this.error('EndSquareBracketExpectedAtEndOfAttribute', nameEnd - 1, nameEnd);
    this.emit(T.TypeLiteral, start, nameEnd);
    const frame = this.frame;
    if (frame.mode === 'operand' || frame.mode === 'statementStart' || frame.mode === 'pipelineStart') frame.mode = 'afterOperand';
    return true;
  }

  /** The end of a type name such as `System.Collections.Generic.Dictionary[string, int][]`, or -1. */
  private typeNameEnd(from: number): number {
    let i = from;
    while (isBlank(this.text[i])) i++;
    const nameStart = i;
    while (i < this.end && (isWordChar(this.text[i]) || this.text[i] === '.' || this.text[i] === '`' || this.text[i] === '+')) i++;
    if (i === nameStart || isDigit(this.text[nameStart])) return -1;
    for (;;) {
      let j = i;
      while (isBlank(this.text[j])) j++;
      if (this.text[j] !== '[') return i;
      j++;
      while (isBlank(this.text[j])) j++;
      if (this.text[j] === ']' || this.text[j] === ',') {
        // Array ranks: [] [,] [,,]
        while (this.text[j] === ',' || isBlank(this.text[j])) j++;
        if (this.text[j] !== ']') return -1;
        i = j + 1;
        continue;
      }
      // Generic arguments: [string], [string,int], [[string],[int]]
      for (;;) {
        while (isBlank(this.text[j])) j++;
        let bracketed = false;
        if (this.text[j] === '[') {
          bracketed = true;
          j++;
        }
        const argEnd = this.typeNameEnd(j);
        if (argEnd < 0) return -1;
        j = argEnd;
        while (isBlank(this.text[j])) j++;
        if (bracketed) {
          if (this.text[j] !== ']') return -1;
          j++;
          while (isBlank(this.text[j])) j++;
        }
        if (this.text[j] === ',') {
          j++;
          continue;
        }
        if (this.text[j] === ']') break;
        return -1;
      }
      i = j + 1;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Hashtables, switch bodies, classes and enums

  private hashKey(c: string, frame: Frame): void {
    const start = this.pos;
    if (c === ';') {
      this.emit(T.Semicolon, start, start + 1);
      return;
    }
    if (c === '=') return this.assignment(start, 1, T.Equals, frame);
    if (isWordChar(c)) {
      let i = start;
      while (i < this.end && (isWordChar(this.text[i]) || isDash(this.text[i]))) i++;
      this.emit(T.Identifier, start, i);
      return;
    }
    // A quoted, numeric or computed key; `=` follows it.
    frame.mode = 'operand';
    this.operand(c, frame);
    frame.mode = 'key';
  }

  private switchClause(c: string, frame: Frame): void {
    const start = this.pos;
    if (c === ';') {
      this.emit(T.Semicolon, start, start + 1);
      frame.mode = 'clauseCondition';
      return;
    }
    if (c === '{') {
      const body = frame.mode === 'clauseBody';
      frame.mode = body ? 'clauseCondition' : 'clauseBody';
      return this.open(T.LCurly, 1, 'statements', '}', 'statementStart');
    }
    if (frame.mode === 'clauseBody' && start === this.lastEnd && this.postfix(c, frame, 'clauseBody')) return;
    if (c === '$' || c === '(' || c === '@' || isDoubleQuote(c) || isSingleQuote(c) || c === '[') {
      if (c === '[' && this.typeLiteral(start)) {
        frame.mode = 'clauseBody';
        return;
      }
      if (this.operandToken(c, frame, 'clauseBody')) return;
    }
    const wordEnd = this.genericWordEnd(start);
    const word = this.text.slice(start, Math.max(wordEnd, start + 1));
    this.emit(numberPattern.test(word) ? T.NumberLiteral : T.GenericArgument, start, start + word.length);
    frame.mode = 'clauseBody';
  }

  private member(c: string, frame: Frame): void {
    const start = this.pos;
    if (c === ';') {
      this.emit(T.Semicolon, start, start + 1);
      return;
    }
    if (c === '=') return this.assignment(start, 1, T.Equals, frame);
    if (c === '[') {
      if (this.typeLiteral(start)) {
        frame.mode = 'member';
        return;
      }
    }
    if (c === '$') {
      this.variable(start);
      return;
    }
    if (c === '(' && this.lastType === T.Identifier) return this.open(T.LParen, 1, 'paramList', ')', 'operand');
    if (c === '{') return this.open(T.LCurly, 1, 'statements', '}', 'statementStart');
    if (c === ':') return this.emit(T.Colon, start, start + 1);
    if (c === ',') return this.emit(T.Comma, start, start + 1);
    if (isWordChar(c)) {
      this.identifier(start, false);
      frame.mode = 'member';
      return;
    }
    this.emit(T.GenericArgument, start, start + 1);
  }

  // ---------------------------------------------------------------------------------------------
  // Strings

  /** The offset after the closing quote of a double-quoted string starting at `start`, or -1. */
  private doubleQuotedEnd(start: number): number {
    let i = start + 1;
    while (i < this.end) {
      const ch = this.text[i]!;
      if (ch === '`') {
        i += 2;
        continue;
      }
      if (isDoubleQuote(ch)) {
        if (isDoubleQuote(this.text[i + 1])) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      if (ch === '$' && this.text[i + 1] === '(') {
        const close = Tokenizer.endOfSubexpression(this.text, this.lines, i + 2, this.end);
        if (close < 0) return -1;
        i = close;
        continue;
      }
      i++;
    }
    return -1;
  }

  private singleQuotedEnd(start: number): number {
    let i = start + 1;
    while (i < this.end) {
      if (isSingleQuote(this.text[i])) {
        if (isSingleQuote(this.text[i + 1])) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return -1;
  }

  /** `@"` ... `"@` and `@'` ... `'@`: the terminator stands at the start of a line. */
  private hereString(start: number): void {
    const double = isDoubleQuote(this.text[start + 1]);
    const type = double ? T.ExpandableHereString : T.VerbatimHereString;
    let i = start + 2;
    while (isBlank(this.text[i])) i++;
    if (!isNewLine(this.text[i]) && i < this.end) {
      this.error('UnexpectedCharactersAfterHereStringHeader', start, i + 1);
    }
    while (i < this.end && !isNewLine(this.text[i])) i++;
    // Find a line that starts with the closing quote followed by `@`.
    while (i < this.end) {
      const ch = this.text[i];
      if (isNewLine(ch)) {
        const lineStart = ch === '\r' && this.text[i + 1] === '\n' ? i + 2 : i + 1;
        const q = this.text[lineStart];
        if ((double ? isDoubleQuote(q) : isSingleQuote(q)) && this.text[lineStart + 1] === '@') {
          this.emit(type, start, lineStart + 2);
          return;
        }
        i = lineStart;
        continue;
      }
      i++;
    }
    this.error('TerminatorExpectedAtEndOfString', start, start + 2, double ? '"@' : "'@");
    this.emit(type, start, this.end);
  }
}

function newFrame(kind: FrameKind, closer: Frame['closer'], mode: Mode): Frame {
  return { kind, closer, mode, header: null, blockOwner: null, afterBlockOf: null };
}

export const endOfSubexpression = Tokenizer.endOfSubexpression;
