/**
 * The language front end: source text -> tokens (grammar/tokenizer) -> CST (grammar/parser) ->
 * AST (build-ast), with every parse error pwsh would report.
 */
import { tokenize } from '../../grammar/tokenizer.js';
import { parseTokens } from '../../grammar/parser.js';
import type { ScriptBlockAst, StatementAst } from './ast.js';
import { AstBuilder } from './build-ast.js';
import { parseError, type ParseError } from './parse-error.js';
import { SourceText } from './source.js';

export interface ParseResult {
  ast: ScriptBlockAst;
  /** Sorted by position; empty when the script parses. */
  errors: ParseError[];
  source: SourceText;
}

/** Parses a script. `path` names it in errors; a leading byte-order mark is dropped, as pwsh does. */
export function parseScript(text: string, path = '<script>'): ParseResult {
  const source = new SourceText(path, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const errors: ParseError[] = [];
  const unterminated = new Set<number>();

  /** Parses [start, end), or with `untilCloseParen` the inside of a string's `$(` up to its `)`. */
  const parseRange = (start: number, end: number, untilCloseParen: boolean): { ast: ScriptBlockAst; closedAt: number } => {
    const lexed = tokenize(source.text, { start, end, lineMap: source.lines, untilCloseParen });
    for (const e of lexed.errors) {
      if (e.id === 'TerminatorExpectedAtEndOfString') unterminated.add(e.startOffset);
      errors.push(parseError(e.id, { source, start: e.startOffset, end: e.endOffset }, ...e.args));
    }
    const { cst, recognitionErrors } = parseTokens(lexed.tokens);
    for (const r of recognitionErrors) {
      const t = r.token;
      const offset = Number.isNaN(t.startOffset) ? end : t.startOffset;
      errors.push(parseError('UnexpectedToken', { source, start: offset, end: offset + (t.image?.length ?? 0) }, t.image ?? ''));
    }
    const subParse = (s: number, e: number): { statements: StatementAst[]; closedAt: number } => {
      const inner = parseRange(s, e, true);
      return { statements: inner.ast.end?.statements ?? [], closedAt: inner.closedAt };
    };
    const builder = new AstBuilder(source, subParse, unterminated, recognitionErrors.length > 0);
    const rangeEnd = lexed.closedAt < 0 ? end : lexed.closedAt - 1;
    const ast = builder.script(cst, { source, start, end: rangeEnd });
    errors.push(...builder.errors);
    return { ast, closedAt: lexed.closedAt };
  };

  const { ast } = parseRange(0, source.text.length, false);
  errors.sort((a, b) => a.extent.start - b.extent.start);
  return { ast, errors: dedupe(errors), source };
}

/** The same error at the same place is reported once (recovery can meet it twice). */
function dedupe(errors: ParseError[]): ParseError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.id}@${e.extent.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
