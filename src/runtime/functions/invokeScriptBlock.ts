/**
 * Running a script block given as a value: `& $sb`, `$sb.Invoke()`, ForEach-Object's and
 * Where-Object's blocks, calculated properties, validation scripts, delegates.
 */
import type { ScriptBlockInvocation } from '../commands/CmdletCall.js';
import type { Ctx, Sink, Stmt } from '../compile/Ctx.js';
import { PSVariable } from '../scope.js';
import { ReturnSignal } from '../errors.js';
import { ScriptProcessor } from '../pipeline/ScriptProcessor.js';
import type { ScriptBlockValue } from '../values/ScriptBlock.js';
import { compileScriptBlock } from './compileScriptBlock.js';
import type { CommandArgument } from '../binder/CommandArgument.js';

export function invokeScriptBlock(ctx: Ctx, sb: ScriptBlockValue, options: ScriptBlockInvocation): unknown[] {
  const out: unknown[] = [];
  invokeScriptBlockStreaming(ctx, sb, options, (v) => {
    out.push(v);
  });
  return out;
}

export function invokeScriptBlockStreaming(ctx: Ctx, sb: ScriptBlockValue, options: ScriptBlockInvocation, sink: Sink): void {
  const plain = plainBlock(sb, options);
  if (plain) {
    runPlain(ctx, plain, options.dollarUnder, sink);
    return;
  }
  runFull(ctx, sb, options, sink);
}

/**
 * A runner for one script block called once per pipeline object (ForEach-Object, Where-Object):
 * the checks and lookups are done once, not per object.
 */
export function blockRunner(ctx: Ctx, sb: ScriptBlockValue, newScope: boolean, sink: Sink): (dollarUnder: unknown) => void {
  const plain = plainBlock(sb, { newScope });
  if (plain) return (du) => runPlain(ctx, plain, du, sink);
  return (du) => runFull(ctx, sb, { newScope, dollarUnder: du }, sink);
}

/** The compiled body of a block that can run directly in the caller's scope, or null. */
function plainBlock(sb: ScriptBlockValue, options: ScriptBlockInvocation): Stmt | null {
  const compiled = compileScriptBlock(sb.ast, null);
  const newScope = options.newScope ?? true;
  // The common case (ForEach-Object { $_ * 2 }): a plain block run in the caller's scope.
  if (!newScope && !compiled.begin && !compiled.process && compiled.parameters.length === 0 && compiled.end && !options.variables && !options.args?.length && !sb.closure) {
    return compiled.end;
  }
  return null;
}

/** Runs a plain block with $_ set, restoring the previous $_ afterwards (the variable stays). */
function runPlain(ctx: Ctx, body: Stmt, dollarUnder: unknown, sink: Sink): void {
  const scope = ctx.scope;
  let du: PSVariable | undefined;
  let old: unknown = null;
  if (dollarUnder !== undefined) {
    du = scope.vars.get('_');
    if (!du) {
      du = new PSVariable('_', null);
      scope.vars.set('_', du);
    }
    old = du.value;
    du.value = dollarUnder;
  }
  try {
    body(ctx, sink);
  } catch (e) {
    if (!(e instanceof ReturnSignal)) throw e;
  } finally {
    if (du) du.value = old;
  }
}

function runFull(ctx: Ctx, sb: ScriptBlockValue, options: ScriptBlockInvocation, sink: Sink): void {
  const newScope = options.newScope ?? true;
  const extent = sb.ast.extent;
  const args: CommandArgument[] = (options.args ?? []).map((value) => ({ name: null, hasValue: false, value, extent }));
  const p = new ScriptProcessor(ctx, sb, '', args, extent, {
    dotSource: !newScope,
    isScriptFile: false,
    scriptPath: ctx.frame?.scriptPath ?? '',
    isFilter: false,
    ...(options.dollarUnder !== undefined ? { dollarUnder: options.dollarUnder } : {}),
    ...(options.variables ? { variables: options.variables } : {}),
    ...(options.input ? { input: options.input } : {}),
  });
  p.out = sink;
  p.begin();
  p.processNoInput();
  p.end();
}
