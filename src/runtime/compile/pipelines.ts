/**
 * Pipelines and command invocation. A pipeline's commands are built when the statement runs
 * (command names resolve at run time, as functions may be defined later), connected so that each
 * command pushes its output into the next, and driven begin -> process -> end. A pipeline that is
 * a single expression takes a fast path.
 */
import type { CommandAst, CommandExpressionAst, Extent, PipelineAst, RedirectionAst } from '../../language/ast.js';
import { toStr } from '../convert/toStringValue.js';
import { StopUpstreamSignal } from '../errors.js';
import type { CommandArgument } from '../binder/CommandArgument.js';
import { CmdletProcessor } from '../pipeline/CmdletProcessor.js';
import { ScriptProcessor } from '../pipeline/ScriptProcessor.js';
import { writeEnumerated, type Processor } from '../pipeline/Processor.js';
import { enumerableItems } from '../values/enumerate.js';
import { PSHashtable } from '../values/Hashtable.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import { ParameterToken } from '../values/ParameterToken.js';
import type { Ctx, Expr, Sink, Stmt, SuppressibleStream } from './Ctx.js';
import { compileExpression } from './expressions.js';
import { parseVariablePath, readVariable } from './variables.js';
import { resolveCommand, type ResolvedCommand } from './resolveCommand.js';
import { writeRedirectFile } from './redirectFile.js';

type ArgBuilder = (ctx: Ctx, into: CommandArgument[]) => void;

interface CompiledCommand {
  kind: 'command';
  name: Expr;
  /** The name as written when it is a bare word (for error messages). */
  literalName: string | null;
  invocation: 'none' | '&' | '.';
  args: ArgBuilder[];
  extent: Extent;
  redirections: RedirectionAst[];
}

interface CompiledExpressionElement {
  kind: 'expression';
  expr: Expr;
  extent: Extent;
  redirections: RedirectionAst[];
}

type Element = CompiledCommand | CompiledExpressionElement;

export function compilePipeline(node: PipelineAst): Stmt {
  if (node.elements.length === 1 && node.elements[0]!.kind === 'CommandExpression') {
    const ce = node.elements[0] as CommandExpressionAst;
    if (ce.redirections.length === 0) return compileExpressionStatement(ce);
  }
  const elements: Element[] = node.elements.map((e) =>
    e.kind === 'CommandExpression'
      ? { kind: 'expression', expr: compileExpression(e.expression), extent: e.extent, redirections: e.redirections }
      : compileCommand(e),
  );
  return (ctx, out) => runPipeline(ctx, elements, out);
}

function compileExpressionStatement(ce: CommandExpressionAst): Stmt {
  const e = ce.expression;
  const expr = compileExpression(e);
  // `$i++` as a statement writes nothing.
  if (e.kind === 'UnaryExpression' && /^(postfix)?(\+\+|--)$/.test(e.operator)) {
    return (ctx) => {
      expr(ctx);
      ctx.rt.lastSuccess = true;
    };
  }
  return (ctx, out) => {
    const v = expr(ctx);
    ctx.rt.lastSuccess = true;
    writeEnumerated(out, v);
  };
}

function compileCommand(node: CommandAst): CompiledCommand {
  const [first, ...rest] = node.elements;
  let name: Expr;
  let literalName: string | null = null;
  if (first && first.kind === 'StringConstant') {
    literalName = first.value;
    const v = first.value;
    name = () => v;
  } else if (first && first.kind !== 'CommandParameter' && first.kind !== 'StopParsing') {
    name = compileExpression(first);
  } else {
    name = () => '';
  }
  const args: ArgBuilder[] = [];
  for (const el of rest) {
    if (el.kind === 'CommandParameter') {
      const argExpr = el.argument ? compileExpression(el.argument) : null;
      const pname = el.parameterName;
      const extent = el.extent;
      const text = el.extent.source.text.slice(el.extent.start, el.extent.end);
      args.push((ctx, into) => {
        into.push(argExpr ? { name: pname, hasValue: true, value: argExpr(ctx), extent, text } : { name: pname, hasValue: false, value: undefined, extent, text });
      });
    } else if (el.kind === 'StopParsing') {
      const t = el.text;
      args.push((_ctx, into) => into.push({ name: null, hasValue: false, value: t, extent: el.extent }));
    } else if (el.kind === 'VariableExpression' && el.splatted) {
      const p = parseVariablePath(el.path);
      const extent = el.extent;
      args.push((ctx, into) => splat(readVariable(ctx, p), extent, into));
    } else {
      const expr = compileExpression(el);
      const extent = el.extent;
      args.push((ctx, into) => into.push({ name: null, hasValue: false, value: expr(ctx), extent }));
    }
  }
  return { kind: 'command', name, literalName, invocation: node.invocationOperator, args, extent: node.extent, redirections: node.redirections };
}

function splat(value: unknown, extent: Extent, into: CommandArgument[]): void {
  if (value instanceof PSHashtable) {
    for (const [k, v] of value.pairs()) into.push({ name: toStr(k), hasValue: true, value: v, extent, fromSplat: true });
    return;
  }
  const items = enumerableItems(value);
  if (items) {
    for (const v of items) {
      if (v instanceof ParameterToken) into.push({ name: v.name, hasValue: false, value: undefined, extent, fromSplat: true, text: v.text });
      else into.push({ name: null, hasValue: false, value: v, extent, fromSplat: true });
    }
    return;
  }
  if (value !== null) into.push({ name: null, hasValue: false, value, extent, fromSplat: true });
}

/** A processor for an expression that starts a pipeline (`1..10 | ...`). */
class ExpressionProcessor implements Processor {
  out: Sink = () => undefined;
  expectingInput = false;
  hadErrors = false;
  constructor(
    private readonly ctx: Ctx,
    private readonly expr: Expr,
  ) {}
  begin(): void {}
  process(): void {}
  processNoInput(): void {
    writeEnumerated(this.out, this.expr(this.ctx));
  }
  end(): void {}
}

function createProcessor(ctx: Ctx, el: Element): Processor {
  if (el.kind === 'expression') return new ExpressionProcessor(ctx, el.expr);
  const nameValue = el.name(ctx);
  const args: CommandArgument[] = [];
  for (const a of el.args) a(ctx, args);
  if (nameValue instanceof ScriptBlockValue) {
    return new ScriptProcessor(ctx, nameValue, '', args, el.extent, {
      dotSource: el.invocation === '.',
      isScriptFile: false,
      scriptPath: ctx.frame?.scriptPath ?? '',
      isFilter: nameValue.isFilter,
    });
  }
  const resolved: ResolvedCommand = resolveCommand(ctx, nameValue, el.extent);
  switch (resolved.kind) {
    case 'cmdlet':
      return new CmdletProcessor(ctx, resolved.info, args, el.extent);
    case 'function':
      return new ScriptProcessor(ctx, resolved.info.scriptBlock, resolved.info.name, args, el.extent, {
        dotSource: el.invocation === '.',
        isScriptFile: false,
        scriptPath: ctx.frame?.scriptPath ?? '',
        isFilter: resolved.info.kind === 'Filter',
      });
    case 'script':
      return new ScriptProcessor(ctx, resolved.scriptBlock, resolved.path, args, el.extent, {
        dotSource: el.invocation === '.',
        isScriptFile: true,
        scriptPath: resolved.path,
        isFilter: false,
        catchExit: true,
      });
  }
}

/** Applies an element's redirections to the context and sink it runs with. */
function redirect(ctx: Ctx, el: Element, out: Sink): { ctx: Ctx; out: Sink; finish: () => void } {
  let c = ctx;
  let o = out;
  const finishers: (() => void)[] = [];
  for (const r of el.redirections) {
    const target = r.location ? compileExpression(r.location) : null;
    const isNull = r.location?.kind === 'VariableExpression' && r.location.path.toLowerCase() === 'null';
    if (r.kind === 'FileRedirection' && isNull) {
      const streams: SuppressibleStream[] = [];
      if (r.from === 'warning' || r.from === 'all') streams.push('warning');
      if (r.from === 'verbose' || r.from === 'all') streams.push('verbose');
      if (r.from === 'debug' || r.from === 'all') streams.push('debug');
      if (r.from === 'information' || r.from === 'all') streams.push('information');
      if (streams.length > 0) c = c.withSuppressed(streams);
    }
    if (r.kind === 'MergingRedirection') {
      const sink = o;
      if (r.from === 'error' || r.from === 'all') {
        c = c.withErrorSink((rec) => {
          ctx.rt.recordError(rec);
          sink(rec);
        });
      }
      for (const stream of ['warning', 'verbose', 'debug', 'information'] as const) {
        if (r.from === stream || r.from === 'all') c = c.withMerged(stream, sink);
      }
      continue;
    }
    if (r.from === 'error' || r.from === 'all') {
      if (isNull) c = c.withErrorSink((rec) => ctx.rt.recordError(rec));
      else {
        const lines: string[] = [];
        c = c.withErrorSink((rec) => {
          ctx.rt.recordError(rec);
          lines.push(rec.message);
        });
        const path = target ? toStr(target(ctx)) : '';
        finishers.push(() => writeRedirectFile(ctx, path, lines, r.append, el.extent));
      }
    }
    if (r.from === 'output' || r.from === 'all') {
      if (isNull) o = () => undefined;
      else {
        const items: unknown[] = [];
        o = (v) => {
          items.push(v);
        };
        const path = target ? toStr(target(ctx)) : '';
        finishers.push(() => writeRedirectFile(ctx, path, items, r.append, el.extent));
      }
    }
  }
  return { ctx: c, out: o, finish: () => finishers.forEach((f) => f()) };
}

function runPipeline(ctx: Ctx, elements: Element[], out: Sink): void {
  const processors: Processor[] = [];
  const finishers: (() => void)[] = [];
  for (const el of elements) {
    if (el.redirections.length > 0) {
      const r = redirect(ctx, el, out);
      const p = createProcessor(r.ctx, el);
      (p as { redirectedOut?: Sink }).redirectedOut = r.out === out ? undefined : r.out;
      processors.push(p);
      finishers.push(r.finish);
    } else processors.push(createProcessor(ctx, el));
  }
  const n = processors.length;
  for (let i = 0; i < n; i++) {
    const p = processors[i]!;
    const redirected = (p as { redirectedOut?: Sink }).redirectedOut;
    if (redirected) p.out = redirected;
    else if (i + 1 < n) {
      const next = processors[i + 1]!;
      p.out = (v) => next.process(v);
    } else p.out = out;
    p.expectingInput = i > 0;
  }
  try {
    for (const p of processors) p.begin();
    processors[0]!.processNoInput();
    for (const p of processors) p.end();
  } catch (e) {
    if (e instanceof StopUpstreamSignal) {
      const k = processors.indexOf(e.processor as Processor);
      if (k < 0) throw e;
      for (let j = k; j < n; j++) processors[j]!.end();
    } else throw e;
  } finally {
    for (const f of finishers) f();
  }
  ctx.rt.lastSuccess = !processors.some((p) => p.hadErrors);
}

