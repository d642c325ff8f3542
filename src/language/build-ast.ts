/**
 * CST -> AST. Applies operator precedence to the grammar's flat operator lists, reads literals,
 * expands strings (parsing `$( )` inside them), and reports what the grammar let be missing with
 * pwsh's error ids and positions (the positions were taken from pwsh 7.6.9, see
 * test/grammar/pwsh-oracle).
 */
import type { CstNode, IToken } from 'chevrotain';
import * as T from '../../grammar/tokens.js';
import { isDash, isDoubleQuote, isVariableChar } from '../../grammar/characters.js';
import type { SyntaxErrorId } from '../../grammar/syntax-errors.js';
import type * as A from './ast.js';
import { numberLiteralValue } from './numbers.js';
import { binaryPrecedence, normalizeOperator } from './precedence.js';
import { parseError, type ParseError } from './parse-error.js';
import type { SourceText } from './source.js';
import { hereStringBody, readEscape, verbatimStringValue } from './strings.js';

type Child = CstNode | IToken;

/** What a statement list holds: statements, and where a script block allows them, its blocks. */
type ListItem = A.StatementAst | A.ParamBlockAst | A.NamedBlockAst;

const isStatement = (item: ListItem): item is A.StatementAst => item.kind !== 'ParamBlock' && item.kind !== 'NamedBlock';

const isToken = (c: Child): c is IToken => (c as IToken).tokenType !== undefined;

/**
 * Parses the inside of a `$(` in a string, from `start` up to the `)` that closes it (or `end`):
 * its statements, and the offset after the `)`, or -1 when it does not close.
 */
export type SubParser = (start: number, end: number) => { statements: A.StatementAst[]; closedAt: number };

export class AstBuilder {
  readonly errors: ParseError[] = [];

  constructor(
    private readonly source: SourceText,
    private readonly subParse: SubParser,
    /** Start offsets of string tokens the tokenizer found unterminated. */
    private readonly unterminated: ReadonlySet<number>,
    /** Whether chevrotain had to recover from errors while building the CST. */
    private readonly recovered: boolean,
  ) {}

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private extent(start: number, end: number): A.Extent {
    // Tokens that chevrotain's recovery inserted have no offsets: place them at the end.
    if (!Number.isFinite(start)) start = this.source.text.length;
    if (!Number.isFinite(end)) end = start;
    return { source: this.source, start, end: Math.max(start, end) };
  }

  private nodeExtent(node: CstNode): A.Extent {
    const loc = node.location;
    if (!loc || Number.isNaN(loc.startOffset)) return this.extent(0, 0);
    return this.extent(loc.startOffset, (loc.endOffset ?? loc.startOffset - 1) + 1);
  }

  private tokenExtent(t: IToken): A.Extent {
    return this.extent(t.startOffset, t.startOffset + t.image.length);
  }

  /** An empty extent just after a token, where pwsh reports what is missing after it. */
  private after(t: IToken | CstNode): A.Extent {
    const end = isToken(t) ? t.startOffset + t.image.length : this.nodeExtent(t).end;
    return this.extent(end, end);
  }

  private report(id: SyntaxErrorId, extent: A.Extent, ...args: string[]): void {
    this.errors.push(parseError(id, extent, ...args));
  }

  private tok(node: CstNode, name: string, i = 0): IToken | undefined {
    return node.children[name]?.[i] as IToken | undefined;
  }

  private sub(node: CstNode, name: string, i = 0): CstNode | undefined {
    return node.children[name]?.[i] as CstNode | undefined;
  }

  private subs(node: CstNode, name: string): CstNode[] {
    return (node.children[name] ?? []) as CstNode[];
  }

  /** All children in source order. */
  private ordered(node: CstNode): Child[] {
    const all: Child[] = [];
    for (const list of Object.values(node.children)) all.push(...list);
    return all.sort((a, b) => this.startOf(a) - this.startOf(b));
  }

  private startOf(c: Child): number {
    return isToken(c) ? c.startOffset : (c.location?.startOffset ?? 0);
  }

  private lastToken(node: CstNode): IToken | undefined {
    let last: IToken | undefined;
    for (const c of Object.values(node.children).flat()) {
      const t = isToken(c) ? c : this.lastToken(c);
      if (t && !Number.isNaN(t.startOffset) && (!last || t.startOffset > last.startOffset)) last = t;
    }
    return last;
  }

  private errorExpression(extent: A.Extent): A.ErrorExpressionAst {
    return { kind: 'ErrorExpression', extent };
  }

  // ---------------------------------------------------------------------------------------------
  // Script blocks and statement lists

  /** A script or script block body: a param block, named blocks or plain statements. */
  scriptBlock(statementList: CstNode | undefined, extent: A.Extent): A.ScriptBlockAst {
    const result: A.ScriptBlockAst = {
      kind: 'ScriptBlock', extent, paramBlock: null, begin: null, process: null, end: null, clean: null,
      dynamicParam: null, usings: [],
    };
    const { items, traps } = statementList ? this.statementList(statementList) : { items: [], traps: [] };
    const plain: A.StatementAst[] = [];
    let named = false;
    for (const s of items) {
      if (s.kind === 'ParamBlock') {
        result.paramBlock = s;
      } else if (s.kind === 'NamedBlock') {
        result[s.blockKind === 'dynamicparam' ? 'dynamicParam' : s.blockKind] = s;
        named = true;
      } else if (s.kind === 'UsingStatement') {
        if (plain.length > 0 || named || result.paramBlock) this.report('UsingMustBeAtStartOfScript', s.extent);
        result.usings.push(s);
      } else {
        if (named) {
          const word = this.source.text.slice(s.extent.start, s.extent.end).split(/\s/)[0] ?? '';
          this.report('MissingNamedBlocks', this.extent(s.extent.start, s.extent.start + word.length), word);
        }
        plain.push(s);
      }
    }
    if (!named || plain.length > 0) {
      result.end = { kind: 'NamedBlock', extent, blockKind: 'end', unnamed: true, statements: plain, traps };
    }
    return result;
  }

  /** A whole script: its statement list as a script block. */
  script(cst: CstNode, extent: A.Extent): A.ScriptBlockAst {
    return this.scriptBlock(this.sub(cst, 'statementList'), extent);
  }

  /** A statement that is a value (an assignment's right side, a hashtable value): no blocks there. */
  private valueStatement(node: CstNode): A.StatementAst {
    const item = this.statement(node);
    if (isStatement(item)) return item;
    this.report('UnexpectedToken', item.extent, this.source.text.slice(item.extent.start, item.extent.end).split(/\s/)[0] ?? '');
    return this.emptyPipeline(item.extent);
  }

  /** The statements of a list that is not a script block's body (param and named blocks do not belong there). */
  private statements(node: CstNode | undefined): { statements: A.StatementAst[]; traps: A.TrapStatementAst[] } {
    if (!node) return { statements: [], traps: [] };
    const { items, traps } = this.statementList(node);
    return { statements: items.filter(isStatement), traps };
  }

  /** Statements with their traps; checks that statements are separated as pwsh requires. */
  private statementList(node: CstNode): { items: ListItem[]; traps: A.TrapStatementAst[] } {
    const items: ListItem[] = [];
    const traps: A.TrapStatementAst[] = [];
    let previousNeedsSeparator = false;
    for (const child of this.ordered(node)) {
      if (isToken(child)) {
        if (child.tokenType === T.NewLine || child.tokenType === T.Semicolon) {
          previousNeedsSeparator = false;
          continue;
        }
        this.strayToken(child);
        previousNeedsSeparator = false;
        continue;
      }
      if (previousNeedsSeparator) {
        const first = this.firstToken(child);
        if (first) this.report('UnexpectedToken', this.tokenExtent(first), first.image);
      }
      const statement = this.recoveredStatement(child);
      if (statement.kind === 'TrapStatement') traps.push(statement);
      else items.push(statement);
      // A statement ending in `}` (or a param block, or a bare label) needs no separator after it.
      // The node's end offset finds its last character without walking the subtree.
      const end = child.location?.endOffset;
      const endsInBrace = end !== undefined && this.source.text[end] === '}';
      const label = this.sub(child, 'labeledStatement');
      const bareLabel = label !== undefined && Object.keys(label.children).length === 1;
      previousNeedsSeparator = !endsInBrace && !bareLabel && !this.sub(child, 'paramBlock') && end !== undefined && !Number.isNaN(end);
    }
    return { items, traps };
  }

  /**
   * After chevrotain recovered from an error, a node may lack parts the grammar requires; such a
   * statement becomes an empty pipeline (the error is already reported). Without recovery a
   * failure here is a bug and is thrown.
   */
  private recoveredStatement(node: CstNode): ListItem {
    if (!this.recovered) return this.statement(node);
    try {
      return this.statement(node);
    } catch {
      return this.emptyPipeline(this.nodeExtent(node));
    }
  }

  private firstToken(node: CstNode): IToken | undefined {
    let first: IToken | undefined;
    for (const c of Object.values(node.children).flat()) {
      const t = isToken(c) ? c : this.firstToken(c);
      if (t && !Number.isNaN(t.startOffset) && (!first || t.startOffset < first.startOffset)) first = t;
    }
    return first;
  }

  private strayToken(t: IToken): void {
    if (t.tokenType === T.Pipe) this.report('EmptyPipeElement', this.extent(t.startOffset, t.startOffset));
    else this.report('UnexpectedToken', this.tokenExtent(t), t.image);
  }

  statementBlock(node: CstNode | undefined, fallback: A.Extent): A.StatementBlockAst {
    if (!node) return { kind: 'StatementBlock', extent: fallback, statements: [], traps: [] };
    const open = this.tok(node, 'LCurly')!;
    if (!this.tok(node, 'RCurly')) this.report('MissingEndCurlyBrace', this.tokenExtent(open));
    const { statements, traps } = this.statements(this.sub(node, 'statementList'));
    return { kind: 'StatementBlock', extent: this.nodeExtent(node), statements, traps };
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  statement(node: CstNode): ListItem {
    const [name, child] = Object.entries(node.children)[0]! as [string, CstNode[]];
    const inner = child[0]!;
    switch (name) {
      case 'pipelineChain':
        return this.pipelineChain(inner);
      case 'ifStatement':
        return this.ifStatement(inner);
      case 'labeledStatement':
        return this.labeledStatement(inner);
      case 'switchStatement':
        return this.switchStatement(inner, null);
      case 'foreachStatement':
        return this.foreachStatement(inner, null);
      case 'forStatement':
        return this.forStatement(inner, null);
      case 'whileStatement':
        return this.whileStatement(inner, null);
      case 'doStatement':
        return this.doStatement(inner, null);
      case 'tryStatement':
        return this.tryStatement(inner);
      case 'trapStatement':
        return this.trapStatement(inner);
      case 'functionDefinition':
        return this.functionDefinition(inner);
      case 'classDefinition':
        return this.classDefinition(inner);
      case 'enumDefinition':
        return this.enumDefinition(inner);
      case 'flowControl':
        return this.flowControl(inner);
      case 'usingStatement':
        return this.usingStatement(inner);
      case 'namedBlock':
        return this.namedBlock(inner);
      case 'dataStatement': {
        const keyword = this.tok(inner, 'Data')!;
        const block = this.sub(inner, 'statementBlock');
        if (!block) this.report('MissingStatementBlockForDataSection', this.after(keyword));
        return { kind: 'BlockStatement', extent: this.nodeExtent(inner), keyword: 'data', body: this.statementBlock(block, this.after(keyword)) };
      }
      case 'paramBlock':
        return this.paramBlock(inner);
      default:
        throw new Error(`unknown statement ${name}`);
    }
  }

  private namedBlock(node: CstNode): A.NamedBlockAst {
    const keyword = this.tok(node, 'NamedBlockKeyword')!;
    const kind = keyword.image.toLowerCase() as A.NamedBlockAst['blockKind'];
    const block = this.sub(node, 'statementBlock');
    if (!block) this.report('MissingNamedStatementBlock', this.after(keyword), kind);
    const body = this.statementBlock(block, this.after(keyword));
    return { kind: 'NamedBlock', extent: this.nodeExtent(node), blockKind: kind, unnamed: false, statements: body.statements, traps: body.traps };
  }

  private paramBlock(node: CstNode): A.ParamBlockAst {
    const open = this.tok(node, 'LParen')!;
    const list = this.sub(node, 'parameterList');
    if (!this.tok(node, 'RParen')) this.report('MissingEndParenthesisInFunctionParameterList', this.after(this.lastToken(node) ?? open));
    return {
      kind: 'ParamBlock', extent: this.nodeExtent(node),
      attributes: this.subs(node, 'attribute').map((a) => this.attribute(a)),
      parameters: list ? this.parameterList(list) : [],
    };
  }

  private parameterList(node: CstNode): A.ParameterAst[] {
    const params = this.subs(node, 'parameter').map((p) => this.parameter(p));
    const commas = (node.children['Comma'] ?? []) as IToken[];
    for (const comma of commas) {
      const next = params.find((p) => p.extent.start > comma.startOffset);
      const nextComma = commas.find((c) => c.startOffset > comma.startOffset);
      if (!next || (nextComma && nextComma.startOffset < next.extent.start)) this.report('MissingExpressionAfterToken', this.after(comma), ',');
    }
    const seen = new Set<string>();
    for (const p of params) {
      const key = p.name.path.toLowerCase();
      if (seen.has(key)) this.report('DuplicateFormalParameter', p.name.extent, p.name.path);
      seen.add(key);
    }
    return params;
  }

  private parameter(node: CstNode): A.ParameterAst {
    const attributes: (A.AttributeAst | A.TypeConstraintAst)[] = [];
    for (const c of this.ordered(node)) {
      if (isToken(c) && c.tokenType === T.TypeLiteral) attributes.push(this.typeConstraint(c));
      else if (!isToken(c) && c.name === 'attribute') attributes.push(this.attribute(c));
    }
    const variable = this.variable(this.tok(node, 'Variable')!);
    const equals = this.tok(node, 'Equals');
    const value = this.sub(node, 'expression');
    if (equals && !value) this.report('ExpectedValueExpression', this.after(equals), '=');
    return { kind: 'Parameter', extent: this.nodeExtent(node), name: variable, attributes, defaultValue: value ? this.expression(value) : null };
  }

  private typeConstraint(t: IToken): A.TypeConstraintAst {
    return { kind: 'TypeConstraint', extent: this.tokenExtent(t), typeName: typeNameOf(t.image) };
  }

  private attribute(node: CstNode): A.AttributeAst {
    const open = this.tok(node, 'AttributeOpen')!;
    const typeName = open.image.slice(1, -1).trim();
    if (!this.tok(node, 'RParen')) this.report('MissingEndParenthesisInExpression', this.after(this.lastToken(node) ?? open));
    else if (!this.tok(node, 'RBracket')) this.report('EndSquareBracketExpectedAtEndOfAttribute', this.after(this.tok(node, 'RParen')!));
    const positional: A.ExpressionAst[] = [];
    const named: A.NamedAttributeArgumentAst[] = [];
    for (const arg of this.subs(node, 'attributeArgument')) {
      const id = this.tok(arg, 'Identifier');
      const value = this.sub(arg, 'expression');
      if (id) {
        named.push({ kind: 'NamedAttributeArgument', extent: this.nodeExtent(arg), name: id.image, argument: value ? this.expression(value) : null });
      } else if (value) positional.push(this.expression(value));
    }
    return { kind: 'Attribute', extent: this.nodeExtent(node), typeName, positionalArguments: positional, namedArguments: named };
  }

  /** The pipeline in a condition `( ... )`, reporting a missing part with the keyword's error. */
  private condition(
    node: CstNode | undefined,
    keyword: IToken,
    errors: { open: SyntaxErrorId; empty: SyntaxErrorId; close: SyntaxErrorId; closeArg?: string },
  ): A.PipelineBaseAst {
    const open = node && this.tok(node, 'LParen');
    if (!node || !open) {
      this.report(errors.open, this.after(keyword), keyword.image.toLowerCase());
      return this.emptyPipeline(this.after(keyword));
    }
    const chain = this.sub(node, 'pipelineChain');
    if (!chain) {
      this.report(errors.empty, this.after(open), keyword.image.toLowerCase());
      return this.emptyPipeline(this.after(open));
    }
    if (!this.tok(node, 'RParen')) this.report(errors.close, this.after(this.lastToken(chain)!), errors.closeArg ?? keyword.image.toLowerCase());
    return this.pipelineChain(chain);
  }

  private emptyPipeline(extent: A.Extent): A.PipelineAst {
    return { kind: 'Pipeline', extent, elements: [], background: false };
  }

  private ifStatement(node: CstNode): A.IfStatementAst {
    const clauses: A.IfStatementAst['clauses'] = [];
    const keywords = [this.tok(node, 'If')!, ...((node.children['ElseIf'] ?? []) as IToken[])];
    const conditions = this.subs(node, 'condition');
    const blocks = this.subs(node, 'statementBlock');
    const elseToken = this.tok(node, 'Else');
    // Blocks are in source order: one per clause that has one, then the else block.
    let blockIndex = 0;
    keywords.forEach((keyword, i) => {
      const cond = conditions.find((c) => c.location && c.location.startOffset > keyword.startOffset && c.location.startOffset < (keywords[i + 1]?.startOffset ?? Infinity));
      const condition = this.condition(cond, keyword, {
        open: 'MissingOpenParenthesisInIfStatement', empty: 'IfStatementMissingCondition', close: 'MissingEndParenthesisAfterStatement',
      });
      const nextStart = keywords[i + 1]?.startOffset ?? elseToken?.startOffset ?? Infinity;
      let block: CstNode | undefined = blocks[blockIndex];
      if (block && block.location!.startOffset > keyword.startOffset && block.location!.startOffset < nextStart) blockIndex++;
      else block = undefined;
      if (!block) {
        const close = cond && this.tok(cond, 'RParen');
        this.report('MissingStatementBlock', close ? this.tokenExtent(close) : this.after(cond ?? keyword), keyword.image.toLowerCase());
      }
      clauses.push({ condition, body: this.statementBlock(block, this.after(keyword)) });
    });
    let elseClause: A.StatementBlockAst | null = null;
    if (elseToken) {
      const block = blocks[blockIndex];
      if (!block) this.report('MissingStatementBlockAfterElse', this.after(elseToken));
      elseClause = this.statementBlock(block, this.after(elseToken));
    }
    return { kind: 'IfStatement', extent: this.nodeExtent(node), clauses, elseClause };
  }

  private labeledStatement(node: CstNode): A.StatementAst {
    const label = this.tok(node, 'Label')!.image.slice(1);
    const [name, inner] = Object.entries(node.children).find(([k]) => k !== 'Label') ?? [];
    if (!name || !inner) return this.emptyPipeline(this.nodeExtent(node));
    const loop = inner[0] as CstNode;
    switch (name) {
      case 'switchStatement':
        return this.switchStatement(loop, label);
      case 'foreachStatement':
        return this.foreachStatement(loop, label);
      case 'forStatement':
        return this.forStatement(loop, label);
      case 'whileStatement':
        return this.whileStatement(loop, label);
      default:
        return this.doStatement(loop, label);
    }
  }

  private loopBody(node: CstNode, after: IToken | CstNode, loopName: string): A.StatementBlockAst {
    const block = this.sub(node, 'statementBlock');
    if (!block) this.report(loopName === 'foreach' ? 'MissingForeachStatement' : 'MissingLoopStatement', this.after(after), loopName);
    return this.statementBlock(block, this.after(after));
  }

  private whileStatement(node: CstNode, label: string | null): A.WhileStatementAst {
    const keyword = this.tok(node, 'While')!;
    const cond = this.sub(node, 'condition');
    const condition = this.condition(cond, keyword, {
      open: 'MissingOpenParenthesisAfterKeyword', empty: 'MissingExpressionAfterKeyword', close: 'MissingEndParenthesisAfterStatement',
    });
    const body = this.loopBody(node, cond && cond.location && !Number.isNaN(cond.location.startOffset) ? cond : keyword, 'while');
    return { kind: 'WhileStatement', extent: this.nodeExtent(node), label, condition, body };
  }

  private doStatement(node: CstNode, label: string | null): A.DoWhileStatementAst | A.DoUntilStatementAst {
    const keyword = this.tok(node, 'Do')!;
    const body = this.loopBody(node, keyword, 'do');
    const whileToken = this.tok(node, 'While') ?? this.tok(node, 'Until');
    let condition: A.PipelineBaseAst = this.emptyPipeline(this.after(keyword));
    if (!whileToken) {
      if (this.sub(node, 'statementBlock')) this.report('MissingWhileOrUntilInDoWhile', this.after(this.sub(node, 'statementBlock')!));
    } else {
      condition = this.condition(this.sub(node, 'condition'), whileToken, {
        open: 'MissingOpenParenthesisAfterKeyword', empty: 'MissingExpressionAfterKeyword', close: 'MissingEndParenthesisAfterStatement',
      });
    }
    const kind = whileToken?.tokenType === T.Until ? 'DoUntilStatement' : 'DoWhileStatement';
    return { kind, extent: this.nodeExtent(node), label, condition, body };
  }

  private forStatement(node: CstNode, label: string | null): A.ForStatementAst {
    const keyword = this.tok(node, 'For')!;
    const parts: (A.PipelineBaseAst | null)[] = [null, null, null];
    const open = this.tok(node, 'LParen');
    if (!open) this.report('MissingOpenParenthesisAfterKeyword', this.after(keyword), 'for');
    let index = 0;
    let last: IToken | CstNode = open ?? keyword;
    for (const part of this.subs(node, 'forPart')) {
      const sep = this.tok(part, 'Semicolon') ?? this.tok(part, 'NewLine');
      if (sep) {
        if (sep.tokenType === T.Semicolon || parts[index] !== null) index++;
        last = sep;
        continue;
      }
      const chain = this.sub(part, 'pipelineChain')!;
      if (index < 3) parts[index] = this.pipelineChain(chain);
      last = chain;
    }
    const close = this.tok(node, 'RParen');
    if (open && !close) this.report('MissingEndParenthesisAfterStatement', this.after(last), 'for');
    const body = this.loopBody(node, close ?? last, 'for');
    return { kind: 'ForStatement', extent: this.nodeExtent(node), label, initializer: parts[0]!, condition: parts[1]!, iterator: parts[2]!, body };
  }

  private foreachStatement(node: CstNode, label: string | null): A.ForEachStatementAst {
    const keyword = this.tok(node, 'Foreach')!;
    const params = (node.children['Parameter'] ?? []) as IToken[];
    const open = this.tok(node, 'LParen');
    const variableToken = this.tok(node, 'Variable');
    const inToken = this.tok(node, 'In');
    const chain = this.sub(node, 'pipelineChain');
    let condition: A.PipelineBaseAst = this.emptyPipeline(this.after(keyword));
    if (!open) this.report('MissingOpenParenthesisAfterKeyword', this.after(keyword), 'foreach');
    else if (!variableToken) this.report('MissingVariableNameAfterForeach', this.after(open));
    else if (!inToken) this.report('MissingInInForeach', this.after(variableToken));
    else if (!chain) this.report('MissingForeachExpression', this.after(inToken));
    else {
      condition = this.pipelineChain(chain);
      if (!this.tok(node, 'RParen')) this.report('MissingEndParenthesisAfterForeach', this.after(this.lastToken(chain)!));
    }
    const close = this.tok(node, 'RParen');
    const body = this.loopBody(node, close ?? this.lastToken(node) ?? keyword, 'foreach');
    const variable = variableToken ? this.variable(variableToken) : this.variable(keyword);
    return {
      kind: 'ForEachStatement', extent: this.nodeExtent(node), label, variable, condition, body,
      parallel: params.some((p) => /^.parallel$/i.test(p.image)),
    };
  }

  private switchStatement(node: CstNode, label: string | null): A.SwitchStatementAst {
    const keyword = this.tok(node, 'Switch')!;
    const flags = { regex: false, wildcard: false, exact: false, caseSensitive: false, file: false, parallel: false };
    for (const p of (node.children['Parameter'] ?? []) as IToken[]) {
      const name = p.image.slice(1).replace(/:$/, '').toLowerCase();
      const match = (['regex', 'wildcard', 'exact', 'casesensitive', 'file', 'parallel'] as const).find((f) => f.startsWith(name) && name.length > 0);
      if (match === 'casesensitive') flags.caseSensitive = true;
      else if (match) flags[match] = true;
    }
    const subject = this.sub(node, 'postfixExpression');
    let condition: A.PipelineBaseAst | A.ExpressionAst = this.emptyPipeline(this.after(keyword));
    if (subject) {
      const expr = this.postfixExpression(subject);
      condition = expr.kind === 'ParenExpression' && !flags.file ? expr.pipeline : expr;
    }
    const clauses: A.SwitchStatementAst['clauses'] = [];
    let defaultClause: A.StatementBlockAst | null = null;
    const open = this.tok(node, 'LCurly');
    if (!open) this.report('MissingCurlyBraceInSwitchStatement', this.after(subject ?? keyword));
    else if (!this.tok(node, 'RCurly')) this.report('MissingEndCurlyBrace', this.tokenExtent(open));
    for (const clause of this.subs(node, 'switchClause')) {
      const condNode = this.sub(clause, 'postfixExpression')!;
      const cond = this.postfixExpression(condNode);
      const block = this.sub(clause, 'statementBlock');
      if (!block) this.report('MissingSwitchStatementClause', this.after(condNode));
      const body = this.statementBlock(block, this.after(condNode));
      if (cond.kind === 'StringConstant' && cond.stringKind === 'bareWord' && cond.value.toLowerCase() === 'default') {
        if (defaultClause) this.report('UnexpectedToken', cond.extent, 'default');
        defaultClause = body;
      } else clauses.push({ condition: cond, body });
    }
    return { kind: 'SwitchStatement', extent: this.nodeExtent(node), label, condition, flags, clauses, defaultClause };
  }

  private tryStatement(node: CstNode): A.TryStatementAst {
    const keyword = this.tok(node, 'Try')!;
    const blocks = this.subs(node, 'statementBlock');
    const finallyToken = this.tok(node, 'Finally');
    let tryBlock: CstNode | undefined = blocks[0];
    let finallyBlock: CstNode | undefined = blocks[1];
    if (tryBlock && finallyToken && tryBlock.location!.startOffset > finallyToken.startOffset) {
      finallyBlock = tryBlock;
      tryBlock = undefined;
    }
    if (!tryBlock) this.report('MissingTryStatementBlock', this.after(keyword));
    const body = this.statementBlock(tryBlock, this.after(keyword));
    const catchClauses = this.subs(node, 'catchClause').map((c) => {
      const catchToken = this.tok(c, 'Catch')!;
      const types = ((c.children['TypeLiteral'] ?? []) as IToken[]).map((t) => this.typeConstraint(t));
      const block = this.sub(c, 'statementBlock');
      if (!block) this.report('MissingCatchHandlerBlock', this.after(this.lastToken(c) ?? catchToken));
      return { catchTypes: types, body: this.statementBlock(block, this.after(catchToken)), extent: this.nodeExtent(c) };
    });
    let finallyClause: A.StatementBlockAst | null = null;
    if (finallyToken) {
      if (!finallyBlock) this.report('MissingFinallyStatementBlock', this.after(finallyToken));
      finallyClause = this.statementBlock(finallyBlock, this.after(finallyToken));
    }
    if (tryBlock && catchClauses.length === 0 && !finallyToken) this.report('MissingCatchOrFinally', this.after(tryBlock));
    return { kind: 'TryStatement', extent: this.nodeExtent(node), body, catchClauses, finallyClause };
  }

  private trapStatement(node: CstNode): A.TrapStatementAst {
    const keyword = this.tok(node, 'Trap')!;
    const type = this.tok(node, 'TypeLiteral');
    const block = this.sub(node, 'statementBlock');
    if (!block) this.report('MissingTrapStatement', this.after(type ?? keyword));
    return { kind: 'TrapStatement', extent: this.nodeExtent(node), trapType: type ? this.typeConstraint(type) : null, body: this.statementBlock(block, this.after(keyword)) };
  }

  private functionDefinition(node: CstNode): A.FunctionDefinitionAst {
    const keyword = this.tok(node, 'FunctionKeyword')!;
    const nameToken = this.tok(node, 'GenericArgument');
    if (!nameToken) this.report('MissingNameAfterKeyword', this.after(keyword), keyword.image.toLowerCase());
    const list = this.sub(node, 'parameterList');
    if (list && !this.tok(node, 'RParen')) this.report('MissingEndParenthesisInFunctionParameterList', this.after(this.lastToken(list) ?? this.tok(node, 'LParen')!));
    const block = this.sub(node, 'statementBlock');
    if (!block) this.report('MissingFunctionBody', this.after(this.tok(node, 'RParen') ?? nameToken ?? keyword));
    const bodyList = block && this.sub(block, 'statementList');
    if (block && !this.tok(block, 'RCurly')) this.report('MissingEndCurlyBrace', this.tokenExtent(this.tok(block, 'LCurly')!));
    const body = this.scriptBlock(bodyList, block ? this.nodeExtent(block) : this.after(keyword));
    const kw = keyword.image.toLowerCase();
    return {
      kind: 'FunctionDefinition', extent: this.nodeExtent(node), name: nameToken?.image ?? '', isFilter: kw === 'filter',
      isWorkflow: kw === 'workflow', parameters: list ? this.parameterList(list) : null, body,
    };
  }

  private classDefinition(node: CstNode): A.TypeDefinitionAst {
    const keyword = this.tok(node, 'Class')!;
    const ids = (node.children['Identifier'] ?? []) as IToken[];
    const name = ids[0];
    if (!name) this.report('MissingNameAfterKeyword', this.after(keyword), 'class');
    const open = this.tok(node, 'LCurly');
    if (!open) this.report('MissingTypeBody', this.after(ids[ids.length - 1] ?? keyword), 'class');
    else if (!this.tok(node, 'RCurly')) this.report('MissingEndCurlyBrace', this.after(open));
    const members = this.subs(node, 'classMember').map((m) => this.classMember(m));
    return { kind: 'TypeDefinition', extent: this.nodeExtent(node), typeKind: 'class', name: name?.image ?? '', baseTypes: ids.slice(1).map((t) => t.image), members };
  }

  private classMember(node: CstNode): A.TypeMemberAst {
    const attributes: (A.AttributeAst | A.TypeConstraintAst)[] = [];
    let isStatic = false;
    let isHidden = false;
    const ids = (node.children['Identifier'] ?? []) as IToken[];
    const variable = this.tok(node, 'Variable');
    const methodName = this.tok(node, 'LParen') ? ids[ids.length - (this.tok(node, 'Colon') ? 2 : 1)] : undefined;
    for (const c of this.ordered(node)) {
      if (isToken(c) && c.tokenType === T.TypeLiteral) attributes.push(this.typeConstraint(c));
      else if (!isToken(c) && c.name === 'attribute') attributes.push(this.attribute(c));
      else if (isToken(c) && c.tokenType === T.Identifier && c !== methodName) {
        const word = c.image.toLowerCase();
        if (word === 'static') isStatic = true;
        if (word === 'hidden') isHidden = true;
      }
    }
    const value = this.sub(node, 'expression');
    if (variable) {
      return {
        kind: 'PropertyMember', extent: this.nodeExtent(node), name: this.variable(variable).path, attributes, isStatic, isHidden,
        initialValue: value ? this.expression(value) : null, parameters: [], body: null,
      };
    }
    const block = this.sub(node, 'statementBlock');
    const list = this.sub(node, 'parameterList');
    if (!block) this.report('MissingFunctionBody', this.after(this.lastToken(node)!));
    return {
      kind: 'FunctionMember', extent: this.nodeExtent(node), name: methodName?.image ?? '', attributes, isStatic, isHidden,
      initialValue: null, parameters: list ? this.parameterList(list) : [],
      body: this.scriptBlock(block && this.sub(block, 'statementList'), block ? this.nodeExtent(block) : this.nodeExtent(node)),
    };
  }

  private enumDefinition(node: CstNode): A.TypeDefinitionAst {
    const keyword = this.tok(node, 'Enum')!;
    const ids = (node.children['Identifier'] ?? []) as IToken[];
    if (!ids[0]) this.report('MissingNameAfterKeyword', this.after(keyword), 'enum');
    const open = this.tok(node, 'LCurly');
    if (!open) this.report('MissingTypeBody', this.after(ids[ids.length - 1] ?? keyword), 'enum');
    else if (!this.tok(node, 'RCurly')) this.report('MissingEndCurlyBrace', this.after(open));
    const members = this.subs(node, 'enumMember').map((m): A.TypeMemberAst => {
      const equals = this.tok(m, 'Equals');
      const value = this.sub(m, 'expression');
      if (equals && !value) this.report('ExpectedValueExpression', this.after(equals), '=');
      return {
        kind: 'EnumMember', extent: this.nodeExtent(m), name: this.tok(m, 'Identifier')!.image, attributes: [], isStatic: true,
        isHidden: false, initialValue: value ? this.expression(value) : null, parameters: [], body: null,
      };
    });
    return { kind: 'TypeDefinition', extent: this.nodeExtent(node), typeKind: 'enum', name: ids[0]?.image ?? '', baseTypes: ids.slice(1).map((t) => t.image), members };
  }

  private flowControl(node: CstNode): A.StatementAst {
    const extent = this.nodeExtent(node);
    const keyword = (this.tok(node, 'Return') ?? this.tok(node, 'Throw') ?? this.tok(node, 'Exit') ?? this.tok(node, 'Break') ?? this.tok(node, 'Continue'))!;
    const chain = this.sub(node, 'pipelineChain');
    const pipeline = chain ? this.pipelineChain(chain) : null;
    switch (keyword.tokenType) {
      case T.Return:
        return { kind: 'ReturnStatement', extent, pipeline };
      case T.Throw:
        return { kind: 'ThrowStatement', extent, pipeline };
      case T.Exit:
        return { kind: 'ExitStatement', extent, pipeline };
      default: {
        const labelToken = this.tok(node, 'GenericArgument') ?? this.tok(node, 'Variable');
        const label: A.ExpressionAst | null = labelToken
          ? labelToken.tokenType === T.Variable
            ? this.variable(labelToken)
            : { kind: 'StringConstant', extent: this.tokenExtent(labelToken), value: labelToken.image, stringKind: 'bareWord' }
          : null;
        return { kind: keyword.tokenType === T.Break ? 'BreakStatement' : 'ContinueStatement', extent, label };
      }
    }
  }

  private usingStatement(node: CstNode): A.UsingStatementAst {
    const words = ((node.children['GenericArgument'] ?? []) as IToken[]).map((t) => t.image);
    const strings = ((node.children['StringLiteral'] ?? []) as IToken[]).map((t) => t.image.slice(1, -1));
    const [usingKind = '', ...rest] = [...words, ...strings];
    return { kind: 'UsingStatement', extent: this.nodeExtent(node), usingKind: usingKind.toLowerCase(), name: rest.join(' ') };
  }

  // ---------------------------------------------------------------------------------------------
  // Pipelines and commands

  pipelineChain(node: CstNode): A.PipelineBaseAst {
    const pipelines = this.subs(node, 'pipeline');
    const operators = this.ordered(node).filter((c): c is IToken => isToken(c) && (c.tokenType === T.AndAnd || c.tokenType === T.OrOr));
    const background = this.tok(node, 'Ampersand') !== undefined;
    let result = this.pipeline(pipelines[0]!);
    operators.forEach((op, i) => {
      const right = pipelines[i + 1];
      if (!right || right.location!.startOffset < op.startOffset) {
        this.report('EmptyPipelineChainElement', this.after(op));
        return;
      }
      const rightAst = this.pipeline(right);
      result = {
        kind: 'PipelineChain', extent: this.extent(result.extent.start, rightAst.extent.end), left: result,
        operator: op.image as '&&' | '||', right: rightAst as A.PipelineAst, background: false,
      };
    });
    if (background) {
      if (result.kind === 'Pipeline' || result.kind === 'PipelineChain') result.background = true;
    }
    return result;
  }

  pipeline(node: CstNode): A.PipelineBaseAst {
    const extent = this.nodeExtent(node);
    const elements: (A.CommandAst | A.CommandExpressionAst)[] = [];
    const command = this.sub(node, 'command');
    const expression = this.sub(node, 'expression');
    if (command) elements.push(this.command(command));
    else if (expression) {
      const expr = this.expression(expression);
      const assign = this.tok(node, 'AssignmentOperator');
      if (assign) {
        const right = this.sub(node, 'statement');
        if (!isAssignable(expr)) this.report('InvalidLeftHandSide', expr.extent);
        if (!right) this.report('ExpectedValueExpression', this.after(assign), assign.image);
        return {
          kind: 'AssignmentStatement', extent, left: expr, operator: assign.image as A.AssignmentStatementAst['operator'],
          right: right ? this.valueStatement(right) : this.emptyPipeline(this.after(assign)),
        };
      }
      elements.push({ kind: 'CommandExpression', extent: expr.extent, expression: expr, redirections: this.subs(node, 'redirection').map((r) => this.redirection(r)) });
    }
    for (const tail of this.subs(node, 'pipeTail')) {
      const pipe = this.tok(tail, 'Pipe')!;
      const next = this.sub(tail, 'command');
      if (!next) this.report('EmptyPipeElement', this.after(pipe));
      else elements.push(this.command(next));
    }
    if (!command && !expression && elements.length > 0) {
      const firstPipe = this.tok(this.subs(node, 'pipeTail')[0]!, 'Pipe')!;
      this.report('EmptyPipeElement', this.extent(firstPipe.startOffset, firstPipe.startOffset));
    }
    return { kind: 'Pipeline', extent, elements, background: false };
  }

  command(node: CstNode): A.CommandAst {
    const extent = this.nodeExtent(node);
    const call = this.tok(node, 'Ampersand') ?? this.tok(node, 'DotSource');
    const elements: A.CommandElementAst[] = [];
    const redirections: A.RedirectionAst[] = [];
    const names = (node.children['CommandName'] ?? []) as IToken[];
    if (names[0]) elements.push(this.bareWord(names[0]));
    else if (call) {
      const target = this.sub(node, 'postfixExpression');
      if (target) elements.push(this.postfixExpression(target));
      else this.report('MissingExpression', this.tokenExtent(call), call.image);
    }
    for (const element of this.subs(node, 'commandElement')) {
      const parameter = this.tok(element, 'Parameter');
      if (parameter) {
        const name = parameter.image.slice(1).replace(/:$/, '');
        const argNode = this.sub(element, 'commandArgument');
        if (parameter.image.endsWith(':') && !argNode) this.report('ParameterRequiresArgument', this.after(parameter), parameter.image);
        elements.push({
          kind: 'CommandParameter', extent: this.nodeExtent(element), parameterName: isDash(parameter.image[1]) ? name.slice(1) : name,
          argument: argNode ? this.commandArgument(argNode) : null,
        });
        continue;
      }
      const arg = this.sub(element, 'commandArgument');
      if (arg) {
        elements.push(this.commandArgument(arg));
        continue;
      }
      const redirection = this.sub(element, 'redirection');
      if (redirection) {
        redirections.push(this.redirection(redirection));
        continue;
      }
      const stop = this.tok(element, 'StopParsing');
      if (stop) elements.push({ kind: 'StopParsing', extent: this.tokenExtent(stop), text: stop.image.slice(3).trimStart() });
      // `--` ends the parameters; the binder reads what follows as arguments.
      const end = this.tok(element, 'EndOfParameters');
      if (end) elements.push({ kind: 'StringConstant', extent: this.tokenExtent(end), value: '--', stringKind: 'bareWord' });
    }
    return { kind: 'Command', extent, invocationOperator: call ? (call.image === '&' ? '&' : '.') : 'none', elements, redirections };
  }

  private commandArgument(node: CstNode): A.ExpressionAst {
    const values = this.subs(node, 'postfixExpression').map((p) => this.postfixExpression(p));
    const commas = (node.children['Comma'] ?? []) as IToken[];
    if (commas.length > values.length - 1) this.report('MissingExpression', this.after(commas[commas.length - 1]!), ',');
    if (values.length === 1) return values[0]!;
    return { kind: 'ArrayLiteral', extent: this.nodeExtent(node), elements: values };
  }

  private redirection(node: CstNode): A.RedirectionAst {
    const token = this.tok(node, 'Redirection')!;
    const image = token.image;
    const streams: Record<string, A.RedirectionStream> = {
      '*': 'all', '1': 'output', '2': 'error', '3': 'warning', '4': 'verbose', '5': 'debug', '6': 'information',
    };
    const from = /^[*1-6]/.test(image) ? streams[image[0]!]! : 'output';
    const merge = /&([1-6])$/.exec(image);
    if (merge) {
      return { kind: 'MergingRedirection', extent: this.tokenExtent(token), from, to: streams[merge[1]!]!, append: false, location: null };
    }
    const target = this.sub(node, 'postfixExpression');
    if (!target) this.report('MissingFileSpecification', this.after(token));
    return {
      kind: 'FileRedirection', extent: this.nodeExtent(node), from, to: null, append: image.endsWith('>>'),
      location: target ? this.postfixExpression(target) : null,
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  expression(node: CstNode): A.ExpressionAst {
    const condition = this.binaryExpression(this.sub(node, 'binaryExpression')!);
    const question = this.tok(node, 'Question');
    if (!question) return condition;
    const branches = this.subs(node, 'expression');
    const colon = this.tok(node, 'Colon');
    const ifTrueNode = branches.find((b) => b.location!.startOffset > question.startOffset && (!colon || b.location!.startOffset < colon.startOffset));
    const ifFalseNode = colon ? branches.find((b) => b.location!.startOffset > colon.startOffset) : undefined;
    if (!ifTrueNode) this.report('ExpectedValueExpression', this.after(question), '?');
    else if (!colon) this.report('MissingColonInTernaryExpression', this.after(ifTrueNode));
    else if (!ifFalseNode) this.report('ExpectedValueExpression', this.after(colon), ':');
    return {
      kind: 'TernaryExpression', extent: this.nodeExtent(node), condition,
      ifTrue: ifTrueNode ? this.expression(ifTrueNode) : this.errorExpression(this.after(question)),
      ifFalse: ifFalseNode ? this.expression(ifFalseNode) : this.errorExpression(this.after(colon ?? question)),
    };
  }

  /** Precedence climbing over the flat `operand (operator operand)*` list. */
  private binaryExpression(node: CstNode): A.ExpressionAst {
    const operands = this.subs(node, 'arrayLiteral');
    const operators = (node.children['BinaryOperator'] ?? []) as IToken[];
    const values: A.ExpressionAst[] = [this.arrayLiteral(operands[0]!)];
    const ops: string[] = [];
    // Each operator's right operand is the one that starts after it and before the next operator.
    let next = 1;
    operators.forEach((op, i) => {
      ops.push(normalizeOperator(op.image));
      const operand = operands[next];
      const limit = operators[i + 1]?.startOffset ?? Infinity;
      const start = operand?.location?.startOffset ?? NaN;
      if (operand && start > op.startOffset && start < limit) {
        values.push(this.arrayLiteral(operand));
        next++;
      } else {
        this.report('ExpectedValueExpression', this.after(op), op.image);
        values.push(this.errorExpression(this.after(op)));
      }
    });
    if (ops.length === 0) return values[0]!;
    let position = 0;
    const climb = (minPrecedence: number): A.ExpressionAst => {
      let left = values[position]!;
      while (position < ops.length && binaryPrecedence(ops[position]!) >= minPrecedence) {
        const op = ops[position]!;
        const p = binaryPrecedence(op);
        position++;
        let right = values[position]!;
        while (position < ops.length && binaryPrecedence(ops[position]!) > p) {
          right = climbFrom(position, binaryPrecedence(ops[position]!));
        }
        left = { kind: 'BinaryExpression', extent: this.extent(left.extent.start, right.extent.end), operator: op, left, right };
      }
      return left;
    };
    const climbFrom = (at: number, minPrecedence: number): A.ExpressionAst => {
      position = at;
      return climb(minPrecedence);
    };
    return climb(0);
  }

  private arrayLiteral(node: CstNode): A.ExpressionAst {
    const elements = this.subs(node, 'unaryExpression').map((u) => this.unaryExpression(u));
    const commas = (node.children['Comma'] ?? []) as IToken[];
    if (commas.length === 0) return elements[0]!;
    if (commas.length >= elements.length) {
      this.report('MissingExpressionAfterToken', this.after(commas[commas.length - 1]!), ',');
    }
    return { kind: 'ArrayLiteral', extent: this.nodeExtent(node), elements };
  }

  private unaryExpression(node: CstNode): A.ExpressionAst {
    const extent = this.nodeExtent(node);
    const postfix = this.sub(node, 'postfixExpression');
    if (postfix) return this.postfixExpression(postfix);
    const child = this.sub(node, 'unaryExpression');
    const type = this.tok(node, 'TypeLiteral');
    if (type) {
      return { kind: 'ConvertExpression', extent, typeName: typeNameOf(type.image), child: child ? this.unaryExpression(child) : this.errorExpression(this.after(type)) };
    }
    const attribute = this.sub(node, 'attribute');
    if (attribute) {
      const attr = this.attribute(attribute);
      if (!child) {
        this.report('UnexpectedAttribute', attr.extent, attr.typeName);
        return this.errorExpression(extent);
      }
      return { kind: 'AttributedExpression', extent, attribute: attr, child: this.unaryExpression(child) };
    }
    const op = this.ordered(node).find(isToken)!;
    const operator = op.tokenType === T.PlusPlus ? '++' : op.tokenType === T.MinusMinus ? '--' : normalizeOperator(op.image);
    if (!child) {
      this.report('MissingExpressionAfterOperator', this.after(op), op.image);
      return { kind: 'UnaryExpression', extent, operator, child: this.errorExpression(this.after(op)) };
    }
    const operand = this.unaryExpression(child);
    // `-5` is the constant -5, as pwsh folds it; other unary minus stays an operation.
    if (operator === '-' && operand.kind === 'ConstantExpression' && op.startOffset + 1 === operand.extent.start) {
      const folded = numberLiteralValue('-' + operand.text);
      if (folded) return { kind: 'ConstantExpression', extent, text: '-' + operand.text, value: folded.value, numberType: folded.numberType };
    }
    return { kind: 'UnaryExpression', extent, operator, child: operand };
  }

  postfixExpression(node: CstNode): A.ExpressionAst {
    let target = this.primaryExpression(this.sub(node, 'primaryExpression')!);
    for (const op of this.subs(node, 'postfixOperator')) target = this.postfixOperator(target, op);
    return target;
  }

  private postfixOperator(target: A.ExpressionAst, node: CstNode): A.ExpressionAst {
    const extent = this.extent(target.extent.start, this.nodeExtent(node).end);
    const access = this.tok(node, 'Dot') ?? this.tok(node, 'ColonColon') ?? this.tok(node, 'QuestionDot');
    if (access) {
      const memberNode = this.sub(node, 'memberName');
      if (!memberNode) this.report('MissingPropertyName', this.after(access));
      const member = memberNode ? this.memberName(memberNode) : this.errorExpression(this.after(access));
      const isStatic = access.tokenType === T.ColonColon;
      const nullConditional = access.tokenType === T.QuestionDot;
      const open = this.tok(node, 'LParen');
      if (open) {
        const args = this.argumentList(this.sub(node, 'argumentList')!);
        if (!this.tok(node, 'RParen')) this.report('MissingEndParenthesisInMethodCall', this.after(this.lastToken(node)!));
        return { kind: 'InvokeMemberExpression', extent, target, member, arguments: args, isStatic, nullConditional };
      }
      return { kind: 'MemberExpression', extent, target, member, isStatic, nullConditional };
    }
    const bracket = this.tok(node, 'LBracket') ?? this.tok(node, 'QuestionLBracket');
    if (bracket) {
      const indexNode = this.sub(node, 'expression');
      if (!indexNode) this.report('MissingArrayIndexExpression', this.after(bracket));
      else if (!this.tok(node, 'RBracket')) this.report('MissingEndSquareBracket', this.after(this.lastToken(indexNode)!));
      return {
        kind: 'IndexExpression', extent, target, index: indexNode ? this.expression(indexNode) : this.errorExpression(this.after(bracket)),
        nullConditional: bracket.tokenType === T.QuestionLBracket,
      };
    }
    const inc = this.tok(node, 'PlusPlus') ? 'postfix++' : 'postfix--';
    return { kind: 'UnaryExpression', extent, operator: inc, child: target };
  }

  private memberName(node: CstNode): A.ExpressionAst {
    const id = this.tok(node, 'Identifier');
    if (id) return { kind: 'StringConstant', extent: this.tokenExtent(id), value: id.image, stringKind: 'bareWord' };
    const variable = this.tok(node, 'Variable');
    if (variable) return this.variable(variable);
    const str = this.tok(node, 'StringLiteral');
    if (str) return this.stringLiteral(str);
    return this.primaryExpression(node);
  }

  private argumentList(node: CstNode): A.ExpressionAst[] {
    const args = this.subs(node, 'expression').map((e) => this.expression(e));
    const commas = (node.children['Comma'] ?? []) as IToken[];
    if (commas.length > 0 && commas.length >= args.length) this.report('MissingExpressionAfterToken', this.after(commas[commas.length - 1]!), ',');
    return args;
  }

  primaryExpression(node: CstNode): A.ExpressionAst {
    const extent = this.nodeExtent(node);
    const [name, children] = Object.entries(node.children)[0]! as [string, Child[]];
    const child = children[0]!;
    if (isToken(child)) {
      switch (child.tokenType) {
        case T.NumberLiteral:
          return this.number(child);
        case T.Variable:
          return this.variable(child);
        case T.SplattedVariable:
          return { kind: 'VariableExpression', extent: this.tokenExtent(child), path: child.image.slice(1), splatted: true };
        case T.GenericArgument:
          return this.bareWord(child);
        case T.TypeLiteral:
          return { kind: 'TypeExpression', extent: this.tokenExtent(child), typeName: typeNameOf(child.image) };
        default:
          return this.stringLiteral(child);
      }
    }
    switch (name) {
      case 'parenExpression': {
        const open = this.tok(child, 'LParen')!;
        const chain = this.sub(child, 'pipelineChain');
        if (!chain) {
          this.report('ExpectedExpression', this.after(open));
          return this.errorExpression(extent);
        }
        const pipeline = this.pipelineChain(chain);
        if (!this.tok(child, 'RParen')) this.report('MissingEndParenthesisInExpression', this.after(this.lastToken(chain)!));
        return { kind: 'ParenExpression', extent, pipeline };
      }
      case 'subExpression':
      case 'arrayExpression': {
        const { statements } = this.statements(this.sub(child, 'statementList'));
        if (!this.tok(child, 'RParen')) this.report('MissingEndParenthesisInSubexpression', this.after(this.lastToken(child)!));
        return { kind: name === 'subExpression' ? 'SubExpression' : 'ArrayExpression', extent, statements };
      }
      case 'hashtable':
        return this.hashtable(child);
      default: {
        // scriptBlockExpression
        const open = this.tok(child, 'LCurly')!;
        if (!this.tok(child, 'RCurly')) this.report('MissingEndCurlyBrace', this.tokenExtent(open));
        return { kind: 'ScriptBlockExpression', extent, scriptBlock: this.scriptBlock(this.sub(child, 'statementList'), extent) };
      }
    }
  }

  private hashtable(node: CstNode): A.HashtableAst {
    const open = this.tok(node, 'AtCurly')!;
    if (!this.tok(node, 'RCurly')) this.report('MissingEndCurlyBrace', this.after(open));
    const pairs: A.HashtableAst['pairs'] = [];
    for (const entry of this.subs(node, 'hashEntry')) {
      const id = this.tok(entry, 'Identifier');
      const keyNode = this.sub(entry, 'unaryExpression');
      const key: A.ExpressionAst = id
        ? { kind: 'StringConstant', extent: this.tokenExtent(id), value: id.image, stringKind: 'bareWord' }
        : this.unaryExpression(keyNode!);
      const equals = this.tok(entry, 'Equals');
      const value = this.sub(entry, 'statement');
      if (!equals) {
        this.report('MissingEqualsInHashLiteral', this.after(id ?? keyNode!));
        continue;
      }
      if (!value) {
        this.report('MissingStatementInHashLiteral', this.after(equals));
        continue;
      }
      pairs.push({ key, value: this.valueStatement(value) });
    }
    return { kind: 'Hashtable', extent: this.nodeExtent(node), pairs };
  }

  // ---------------------------------------------------------------------------------------------
  // Literals

  private number(t: IToken): A.ConstantExpressionAst {
    const parsed = numberLiteralValue(t.image);
    return {
      kind: 'ConstantExpression', extent: this.tokenExtent(t), text: t.image,
      value: parsed?.value ?? t.image, numberType: parsed?.numberType ?? 'double',
    };
  }

  variable(t: IToken): A.VariableExpressionAst {
    const image = t.image;
    let path: string;
    if (image.startsWith('${')) {
      const body = image.endsWith('}') ? image.slice(2, -1) : image.slice(2);
      path = body.replace(/`(.)/g, '$1');
    } else path = image.slice(1);
    return { kind: 'VariableExpression', extent: this.tokenExtent(t), path, splatted: false };
  }

  /** A bare word in command mode: a constant, or expandable when it holds `$` or escapes. */
  private bareWord(t: IToken): A.StringConstantExpressionAst | A.ExpandableStringExpressionAst | A.ConstantExpressionAst {
    const image = t.image;
    if (t.tokenType === T.NumberLiteral) return this.number(t);
    if (!image.includes('$') && !image.includes('`') && !/.['"\u2018-\u201e]/.test(image)) {
      return { kind: 'StringConstant', extent: this.tokenExtent(t), value: image, stringKind: 'bareWord' };
    }
    const parts = this.bareWordParts(t.startOffset, t.startOffset + image.length);
    if (parts.every((p) => typeof p === 'string')) {
      return { kind: 'StringConstant', extent: this.tokenExtent(t), value: parts.join(''), stringKind: 'bareWord' };
    }
    return { kind: 'ExpandableString', extent: this.tokenExtent(t), parts, stringKind: 'bareWord' };
  }

  stringLiteral(t: IToken): A.StringConstantExpressionAst | A.ExpandableStringExpressionAst {
    const extent = this.tokenExtent(t);
    switch (t.tokenType) {
      case T.VerbatimString:
        return { kind: 'StringConstant', extent, value: verbatimStringValue(t.image), stringKind: 'singleQuoted' };
      case T.VerbatimHereString: {
        const body = hereStringBody(t.image);
        return { kind: 'StringConstant', extent, value: t.image.slice(body.start, body.end), stringKind: 'singleQuotedHereString' };
      }
      case T.ExpandableHereString: {
        const body = hereStringBody(t.image);
        return this.expandable(t.startOffset + body.start, t.startOffset + body.end, true, extent, 'doubleQuotedHereString');
      }
      default: {
        const closed = !this.unterminated.has(t.startOffset) && t.image.length >= 2;
        const end = t.startOffset + t.image.length - (closed ? 1 : 0);
        return this.expandable(t.startOffset + 1, end, false, extent, 'doubleQuoted');
      }
    }
  }

  private expandable(
    start: number, end: number, hereString: boolean, extent: A.Extent, kind: 'doubleQuoted' | 'doubleQuotedHereString',
  ): A.StringConstantExpressionAst | A.ExpandableStringExpressionAst {
    const parts = this.expand(start, end, !hereString);
    if (parts.every((p) => typeof p === 'string')) return { kind: 'StringConstant', extent, value: parts.join(''), stringKind: kind };
    return { kind: 'ExpandableString', extent, parts, stringKind: kind };
  }

  /**
   * The parts of expandable text between `start` and `end`: literal text with escapes applied,
   * and the variables and subexpressions it embeds (about_Quoting_Rules).
   */
  /**
   * The parts of a bare word: quoted pieces inside it lose their quotes, as in pwsh
   * (`id'$n'` is `id$n`, `id"$n"` expands to `id7`); the rest expands like a double-quoted string.
   */
  private bareWordParts(start: number, end: number): (string | A.ExpressionAst)[] {
    const text = this.source.text;
    const parts: (string | A.ExpressionAst)[] = [];
    let i = start;
    let segment = start;
    const isSingle = (c: string): boolean => c === "'" || (c >= '\u2018' && c <= '\u201b');
    const isDouble = (c: string): boolean => c === '"' || (c >= '\u201c' && c <= '\u201e');
    while (i < end) {
      const c = text[i]!;
      if (c === '`') {
        i += 2;
        continue;
      }
      if (c === '$' && text[i + 1] === '(') {
        // Skip over a subexpression so quotes inside it stay its own.
        let depth = 0;
        let j = i + 1;
        for (; j < end; j++) {
          if (text[j] === '(') depth++;
          else if (text[j] === ')' && --depth === 0) break;
        }
        i = j + 1;
        continue;
      }
      if (i > start && (isSingle(c) || isDouble(c))) {
        let close = i + 1;
        if (isSingle(c)) {
          while (close < end && !(isSingle(text[close]!) && !isSingle(text[close + 1] ?? ''))) close += isSingle(text[close]!) ? 2 : 1;
        } else {
          while (close < end && !isDouble(text[close]!)) close += text[close] === '`' ? 2 : 1;
        }
        if (close >= end) break;
        parts.push(...this.expand(segment, i, false));
        if (isSingle(c)) parts.push(text.slice(i + 1, close).replace(/(['\u2018-\u201b])\1/g, '$1'));
        else parts.push(...this.expand(i + 1, close, true));
        i = close + 1;
        segment = i;
        continue;
      }
      i++;
    }
    parts.push(...this.expand(segment, end, false));
    // Merge adjacent literal pieces.
    const merged: (string | A.ExpressionAst)[] = [];
    for (const p of parts) {
      if (typeof p === 'string' && typeof merged[merged.length - 1] === 'string') merged[merged.length - 1] += p;
      else if (p !== '') merged.push(p);
    }
    return merged;
  }

  private expand(start: number, end: number, doubledQuotes: boolean): (string | A.ExpressionAst)[] {
    const text = this.source.text;
    const parts: (string | A.ExpressionAst)[] = [];
    let literal = '';
    const flush = (): void => {
      if (literal) parts.push(literal);
      literal = '';
    };
    let i = start;
    while (i < end) {
      const c = text[i]!;
      if (c === '`') {
        const escape = readEscape(text, i, end);
        literal += escape.value;
        i = escape.next;
        continue;
      }
      if (doubledQuotes && isDoubleQuote(c) && isDoubleQuote(text[i + 1]) && i + 1 < end) {
        literal += c;
        i += 2;
        continue;
      }
      if (c === '$' && i + 1 < end) {
        const next = text[i + 1]!;
        if (next === '(') {
          flush();
          const inner = this.subParse(i + 2, end);
          if (inner.closedAt < 0) this.report('IncompleteDollarSubexpressionReference', this.extent(i, i + 2));
          const close = inner.closedAt < 0 ? end : inner.closedAt;
          parts.push({ kind: 'SubExpression', extent: this.extent(i, close), statements: inner.statements });
          i = close;
          continue;
        }
        if (next === '{') {
          let j = i + 2;
          while (j < end && text[j] !== '}') j += text[j] === '`' ? 2 : 1;
          if (j >= end) {
            this.report('IncompleteDollarVariableReference', this.extent(i + 1, i + 2));
            literal += text.slice(i, end);
            i = end;
            continue;
          }
          flush();
          parts.push({ kind: 'VariableExpression', extent: this.extent(i, j + 1), path: text.slice(i + 2, j).replace(/`(.)/g, '$1'), splatted: false });
          i = j + 1;
          continue;
        }
        if (next === '$' || next === '^' || next === '?') {
          flush();
          parts.push({ kind: 'VariableExpression', extent: this.extent(i, i + 2), path: next, splatted: false });
          i += 2;
          continue;
        }
        if (isVariableChar(next) && next !== '?') {
          let j = i + 1;
          while (j < end && isVariableChar(text[j])) j++;
          if (text[j] === ':' && j < end) {
            if (isVariableChar(text[j + 1]) && text[j + 1] !== '?' && j + 1 < end) {
              j++;
              while (j < end && isVariableChar(text[j])) j++;
            } else if (text[j + 1] !== ':') {
              // "$name:" — pwsh reads a drive qualifier with no name after it.
              this.report('InvalidVariableReferenceWithDrive', this.extent(i, j + 1));
            }
          }
          flush();
          parts.push({ kind: 'VariableExpression', extent: this.extent(i, j), path: text.slice(i + 1, j), splatted: false });
          i = j;
          continue;
        }
      }
      literal += c;
      i++;
    }
    flush();
    return parts;
  }
}

/** `[System.String[]]` -> `System.String[]`. */
export function typeNameOf(image: string): string {
  return image.slice(1, image.endsWith(']') ? -1 : undefined).trim();
}

/** Whether an expression can be assigned to (about_Assignment_Operators). */
function isAssignable(e: A.ExpressionAst): boolean {
  switch (e.kind) {
    case 'VariableExpression':
    case 'MemberExpression':
    case 'IndexExpression':
      return true;
    case 'ConvertExpression':
    case 'AttributedExpression':
      return isAssignable(e.child);
    case 'ArrayLiteral':
      return e.elements.every(isAssignable);
    case 'ParenExpression':
      return false;
    default:
      return false;
  }
}
