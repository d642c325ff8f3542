/**
 * Statements compiled to `(ctx, out) => void` closures: output goes to `out`, flow control travels
 * as signals (errors.ts). A statement list also decides what happens to a terminating error: a
 * trap in this list handles it; inside a try (anywhere up the call stack) it propagates; otherwise
 * a statement-terminating error is reported and the next statement runs, as pwsh does.
 */
import type {
  ForEachStatementAst,
  ForStatementAst,
  IfStatementAst,
  StatementAst,
  StatementBlockAst,
  SwitchStatementAst,
  TrapStatementAst,
  TryStatementAst,
  ExpressionAst,
  Extent,
} from '../../language/ast.js';
import { toBool } from '../convert/toBoolean.js';
import { toStr } from '../convert/toStringValue.js';
import {
  BreakSignal,
  ContinueSignal,
  ExitSignal,
  ReturnSignal,
  RuntimeError,
  runtimeError,
  makeErrorRecord,
} from '../errors.js';
import { add, divide, multiply, remainder, subtract } from '../operators/arithmetic.js';
import { psEquals } from '../operators/compare.js';
import { likeOp, regexSwitchMatch } from '../operators/textOps.js';
import { asList, enumerableItems } from '../values/enumerate.js';
import { PSEnumerator } from '../values/PSEnumerator.js';
import { ErrorRecord, exceptionDerivesFrom, PSException } from '../values/exceptions.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import { registerEnum } from '../convert/convertTo.js';
import { registerType, resolveType } from '../types/registry.js';
import { asNumber } from '../convert/toNumber.js';
import { toDouble } from '../values/numbers.js';
import { at, toRuntimeError } from './errorsAt.js';
import type { Ctx, Sink, Stmt } from './Ctx.js';
import { compileExpression, compileStatementValue, enumeratingSink } from './expressions.js';
import { compileAssignmentTarget } from './assignment.js';
import { compilePipeline } from './pipelines.js';
import { unwrapOutput } from './collect.js';
import { defineFunction } from '../functions/defineFunction.js';
import { parseVariablePath, writeVariable } from './variables.js';
import { invokeScriptBlock } from '../functions/invokeScriptBlock.js';
import { readSwitchFile } from './switchFile.js';
import { defineClass } from '../classes/classRuntime.js';

const noop: Sink = () => undefined;

export function compileStatement(node: StatementAst): Stmt {
  switch (node.kind) {
    case 'Pipeline':
      return compilePipeline(node);
    case 'PipelineChain': {
      const left = compileStatement(node.left);
      const right = compileStatement(node.right);
      const and = node.operator === '&&';
      return (ctx, out) => {
        left(ctx, out);
        if (ctx.rt.lastSuccess === and) right(ctx, out);
      };
    }
    case 'AssignmentStatement':
      return compileAssignment(node);
    case 'IfStatement':
      return compileIf(node);
    case 'WhileStatement': {
      const cond = compileCondition(node.condition);
      const body = compileBlock(node.body);
      const label = node.label;
      return (ctx, out) => {
        while (toBool(cond(ctx))) {
          const r = runLoopBody(body, ctx, out, label);
          if (r === 'break') break;
        }
      };
    }
    case 'DoWhileStatement':
    case 'DoUntilStatement': {
      const cond = compileCondition(node.condition);
      const body = compileBlock(node.body);
      const label = node.label;
      const until = node.kind === 'DoUntilStatement';
      return (ctx, out) => {
        for (;;) {
          const r = runLoopBody(body, ctx, out, label);
          if (r === 'break') break;
          if (toBool(cond(ctx)) === until) break;
        }
      };
    }
    case 'ForStatement':
      return compileFor(node);
    case 'ForEachStatement':
      return compileForEach(node);
    case 'SwitchStatement':
      return compileSwitch(node);
    case 'TryStatement':
      return compileTry(node);
    case 'TrapStatement':
      // Traps are collected by their statement list; here they are no-ops.
      return noop as unknown as Stmt;
    case 'FunctionDefinition': {
      const def = node;
      return (ctx) => defineFunction(ctx, def);
    }
    case 'ReturnStatement': {
      const pipeline = node.pipeline ? compileStatement(node.pipeline) : null;
      return (ctx, out) => {
        if (pipeline) pipeline(ctx, out);
        throw ReturnSignal.instance;
      };
    }
    case 'ThrowStatement':
      return compileThrow(node.pipeline ? compileStatementValue(node.pipeline) : null, node.extent);
    case 'ExitStatement': {
      const value = node.pipeline ? compileStatementValue(node.pipeline) : null;
      return (ctx) => {
        const v = value ? value(ctx) : 0;
        const n = asNumber(v);
        throw new ExitSignal(n === null ? (toStr(v) === '' ? 0 : 1) : Math.trunc(toDouble(n)));
      };
    }
    case 'BreakStatement':
    case 'ContinueStatement': {
      const label = node.label ? compileExpression(node.label) : null;
      const isBreak = node.kind === 'BreakStatement';
      return (ctx) => {
        const l = label ? toStr(label(ctx)) : null;
        throw isBreak ? new BreakSignal(l) : new ContinueSignal(l);
      };
    }
    case 'TypeDefinition':
      return compileTypeDefinition(node);
    case 'UsingStatement':
      return noop as unknown as Stmt;
    case 'BlockStatement': {
      const body = compileBlock(node.body);
      return (ctx, out) => body(ctx, out);
    }
  }
}

function compileTypeDefinition(node: import('../../language/ast.js').TypeDefinitionAst): Stmt {
  const extent = node.extent;
  if (node.typeKind === 'enum') {
    const members = node.members;
    return (ctx) => {
      // Entries, not an object: a member may be named `__proto__`.
      const values: [string, number][] = [];
      let next = 0;
      for (const m of members) {
        const v = m.initialValue ? toDouble(asNumber(compileExpression(m.initialValue)(ctx)) ?? 0) : next;
        values.push([m.name, v]);
        next = v + 1;
      }
      registerType(node.name);
      registerEnum(node.name, values);
    };
  }
  return (ctx) => at(extent, () => defineClass(ctx, node));
}

/** A loop or if condition: the pipeline's collected output as a value. */
function compileCondition(node: import('../../language/ast.js').PipelineBaseAst): (ctx: Ctx) => unknown {
  return compileStatementValue(node);
}

/** Runs a loop body; returns 'break' when the loop should end. */
function runLoopBody(body: Stmt, ctx: Ctx, out: Sink, label: string | null): 'break' | 'next' {
  try {
    body(ctx, out);
  } catch (e) {
    if (e instanceof BreakSignal) {
      if (e.label === null || (label !== null && e.label.toLowerCase() === label.toLowerCase())) return 'break';
      throw e;
    }
    if (e instanceof ContinueSignal) {
      if (e.label === null || (label !== null && e.label.toLowerCase() === label.toLowerCase())) return 'next';
      throw e;
    }
    throw e;
  }
  return 'next';
}

export function compileBlock(block: StatementBlockAst): Stmt {
  return compileStatementList(block.statements, block.traps);
}

interface CompiledTrap {
  typeName: string | null;
  body: Stmt;
}

export function compileStatementList(statements: StatementAst[], traps: TrapStatementAst[]): Stmt {
  const compiled = statements.filter((s) => s.kind !== 'TrapStatement').map((s) => ({ run: compileStatement(s), extent: s.extent }));
  const allTraps = [...traps, ...(statements.filter((s) => s.kind === 'TrapStatement') as TrapStatementAst[])];
  const trapList: CompiledTrap[] = allTraps.map((t) => ({ typeName: t.trapType?.typeName ?? null, body: compileBlock(t.body) }));
  if (compiled.length === 1 && trapList.length === 0) {
    const only = compiled[0]!;
    return (ctx, out) => runOne(only.run, only.extent, ctx, out);
  }
  if (trapList.length === 0) {
    return (ctx, out) => {
      for (const s of compiled) runOne(s.run, s.extent, ctx, out);
    };
  }
  return (ctx, out) => {
    ctx.rt.trapDepth++;
    let depthHeld = true;
    try {
      for (const s of compiled) {
        try {
          s.run(ctx, out);
        } catch (e) {
          const err = toRuntimeError(e, s.extent);
          if (!(err instanceof RuntimeError)) throw err;
          const trap = trapList.find((t) => t.typeName === null || matchesType(err.record, t.typeName));
          if (!trap) throw err;
          ctx.rt.trapDepth--;
          depthHeld = false;
          const outcome = runTrap(trap, err, ctx, out);
          ctx.rt.trapDepth++;
          depthHeld = true;
          if (outcome === 'break') throw err;
        }
      }
    } finally {
      if (depthHeld) ctx.rt.trapDepth--;
    }
  };
}

function runTrap(trap: CompiledTrap, err: RuntimeError, ctx: Ctx, out: Sink): 'continue' | 'break' | 'report' {
  ctx.rt.recordError(err.record);
  const saved = ctx.scope.vars.get('_');
  ctx.scope.setLocal('_', '_', err.record);
  try {
    trap.body(ctx, out);
  } catch (e) {
    if (e instanceof ContinueSignal) return 'continue';
    if (e instanceof BreakSignal) return 'break';
    throw e;
  } finally {
    if (saved) ctx.scope.vars.set('_', saved);
    else ctx.scope.vars.delete('_');
  }
  ctx.rt.showError(err.record);
  return 'report';
}

/** Runs one statement of a list, applying pwsh's rule for errors nothing else handles. */
function runOne(run: Stmt, extent: Extent, ctx: Ctx, out: Sink): void {
  try {
    run(ctx, out);
  } catch (e) {
    const err = toRuntimeError(e, extent);
    if (!(err instanceof RuntimeError)) throw err;
    if (ctx.rt.tryDepth > 0 || ctx.rt.trapDepth > 0 || isScriptTerminating(err)) throw err;
    // A statement-terminating error: report it and go on with the next statement.
    ctx.rt.lastSuccess = false;
    if (!err.reported) ctx.rt.reportError(err.record);
    err.reported = true;
  }
}

/** `throw` and errors turned terminating by -ErrorAction Stop end the script, not just the statement. */
export function isScriptTerminating(err: RuntimeError): boolean {
  return scriptTerminating.has(err);
}

const scriptTerminating = new WeakSet<RuntimeError>();
export function markScriptTerminating(err: RuntimeError): RuntimeError {
  scriptTerminating.add(err);
  return err;
}

function compileIf(node: IfStatementAst): Stmt {
  const clauses = node.clauses.map((c) => ({ cond: compileCondition(c.condition), body: compileBlock(c.body) }));
  const elseBody = node.elseClause ? compileBlock(node.elseClause) : null;
  return (ctx, out) => {
    for (const c of clauses) {
      if (toBool(c.cond(ctx))) {
        c.body(ctx, out);
        return;
      }
    }
    if (elseBody) elseBody(ctx, out);
  };
}

function compileFor(node: ForStatementAst): Stmt {
  const init = node.initializer ? compileStatement(node.initializer) : null;
  const cond = node.condition ? compileCondition(node.condition) : null;
  const iter = node.iterator ? compileStatement(node.iterator) : null;
  const body = compileBlock(node.body);
  const label = node.label;
  return (ctx, out) => {
    if (init) init(ctx, out);
    while (!cond || toBool(cond(ctx))) {
      const r = runLoopBody(body, ctx, out, label);
      if (r === 'break') break;
      if (iter) iter(ctx, out);
    }
  };
}

function compileForEach(node: ForEachStatementAst): Stmt {
  const p = parseVariablePath(node.variable.path);
  const source = compileCondition(node.condition);
  const body = compileBlock(node.body);
  const label = node.label;
  const extent = node.variable.extent;
  return (ctx, out) => {
    const enumerator = new PSEnumerator(asList(source(ctx)));
    const savedForeach = ctx.scope.vars.get('foreach');
    ctx.scope.setLocal('foreach', 'foreach', enumerator);
    try {
      while (enumerator.moveNext()) {
        const item = enumerator.current;
        if (p.scope === 'any') {
          const v = ctx.scope.vars.get(p.lower);
          if (v && v.attributes === null && v.options === 'None') v.value = item;
          else writeVariable(ctx, p, item, extent);
        } else writeVariable(ctx, p, item, extent);
        const r = runLoopBody(body, ctx, out, label);
        if (r === 'break') break;
      }
    } finally {
      if (savedForeach) ctx.scope.vars.set('foreach', savedForeach);
      else ctx.scope.vars.delete('foreach');
    }
  };
}

function compileSwitch(node: SwitchStatementAst): Stmt {
  const subject =
    node.flags.file
      ? compileExpression(node.condition as ExpressionAst)
      : compileCondition(node.condition as import('../../language/ast.js').PipelineBaseAst);
  const clauses = node.clauses.map((c) => ({
    isScript: c.condition.kind === 'ScriptBlockExpression',
    cond: compileExpression(c.condition),
    body: compileBlock(c.body),
  }));
  const defaultBody = node.defaultClause ? compileBlock(node.defaultClause) : null;
  const flags = node.flags;
  const label = node.label;
  const extent = node.extent;
  return (ctx, out) => {
    const value = subject(ctx);
    const items = flags.file ? readSwitchFile(ctx, toStr(value), extent) : value === null ? [null] : (enumerableItems(value) ?? [value]);
    const saved = ctx.scope.vars.get('_');
    try {
      outer: for (const item of items) {
        ctx.scope.setLocal('_', '_', item);
        let matched = false;
        for (const c of clauses) {
          let hit: boolean;
          if (c.isScript) {
            const sb = c.cond(ctx) as ScriptBlockValue;
            hit = toBool(unwrapOutput(invokeScriptBlock(ctx, sb, { dollarUnder: item, newScope: false })));
          } else {
            const cv = c.cond(ctx);
            hit = at(extent, () => switchMatches(ctx, item, cv, flags));
          }
          if (!hit) continue;
          matched = true;
          try {
            c.body(ctx, out);
          } catch (e) {
            if (e instanceof BreakSignal && (e.label === null || e.label.toLowerCase() === label?.toLowerCase())) break outer;
            if (e instanceof ContinueSignal && (e.label === null || e.label.toLowerCase() === label?.toLowerCase())) continue outer;
            throw e;
          }
        }
        if (!matched && defaultBody) {
          try {
            defaultBody(ctx, out);
          } catch (e) {
            if (e instanceof BreakSignal && (e.label === null || e.label.toLowerCase() === label?.toLowerCase())) break outer;
            if (e instanceof ContinueSignal && (e.label === null || e.label.toLowerCase() === label?.toLowerCase())) continue outer;
            throw e;
          }
        }
      }
    } finally {
      if (saved) ctx.scope.vars.set('_', saved);
      else ctx.scope.vars.delete('_');
    }
  };
}

function switchMatches(ctx: Ctx, item: unknown, cond: unknown, flags: SwitchStatementAst['flags']): boolean {
  const cs = flags.caseSensitive;
  if (flags.regex) return regexSwitchMatch(ctx, toStr(item), toStr(cond), cs);
  if (flags.wildcard) return likeOp(toStr(item), toStr(cond), cs);
  // Without options a string condition compares as a string; others by -eq from the item's side.
  if (typeof cond === 'string') return psEquals(toStr(item), cond, cs);
  return psEquals(item, cond, cs);
}

/** A typed catch or trap matches the exception or, as in pwsh, an exception it wraps. */
function matchesType(record: ErrorRecord, typeName: string): boolean {
  const t = resolveType(typeName);
  const full = t ? t.fullName : typeName;
  for (let ex: PSException | null = record.exception; ex; ex = ex.innerException) {
    if (exceptionDerivesFrom(ex.typeName, full)) return true;
  }
  return false;
}

function compileTry(node: TryStatementAst): Stmt {
  const body = compileBlock(node.body);
  const catches = node.catchClauses.map((c) => ({ types: c.catchTypes.map((t) => t.typeName), body: compileBlock(c.body), extent: c.extent }));
  const fin = node.finallyClause ? compileBlock(node.finallyClause) : null;
  return (ctx, out) => {
    try {
      ctx.rt.tryDepth++;
      let caught: RuntimeError | null = null;
      try {
        body(ctx, out);
      } catch (e) {
        const err = toRuntimeError(e, node.body.extent);
        if (!(err instanceof RuntimeError)) throw err;
        caught = err;
      } finally {
        ctx.rt.tryDepth--;
      }
      if (caught) {
        const err = caught;
        const handler = catches.find((c) => c.types.length === 0 || c.types.some((t) => {
          const resolved = resolveType(t);
          if (!resolved) throw runtimeError({ message: `Unable to find type [${t}].`, id: 'TypeNotFound', category: 'InvalidOperation', extent: c.extent });
          return matchesType(err.record, t);
        }));
        if (!handler) throw err;
        ctx.rt.recordError(err.record);
        ctx.rt.lastSuccess = false;
        const saved = ctx.scope.vars.get('_');
        ctx.scope.setLocal('_', '_', err.record);
        ctx.rt.services.set('current-catch', err);
        try {
          handler.body(ctx, out);
        } finally {
          ctx.rt.services.delete('current-catch');
          if (saved) ctx.scope.vars.set('_', saved);
          else ctx.scope.vars.delete('_');
        }
      }
    } finally {
      if (fin) fin(ctx, out);
    }
  };
}

function compileThrow(value: ((ctx: Ctx) => unknown) | null, extent: Extent): Stmt {
  return (ctx) => {
    if (!value) {
      const current = ctx.rt.services.get('current-catch');
      if (current instanceof RuntimeError) throw current;
      throw markScriptTerminating(
        runtimeError({ message: 'ScriptHalted', id: 'ScriptHalted', category: 'OperationStopped', extent }),
      );
    }
    const v = value(ctx);
    if (v instanceof ErrorRecord) throw markScriptTerminating(new RuntimeError(v));
    if (v instanceof PSException) {
      const rec = new ErrorRecord(v, v.typeName.slice(v.typeName.lastIndexOf('.') + 1), 'OperationStopped', null, {
        commandName: null,
        extent,
        scriptName: extent.source.path,
      });
      throw markScriptTerminating(new RuntimeError(rec));
    }
    const message = v === null ? 'ScriptHalted' : toStr(v);
    const rec = makeErrorRecord({
      message,
      id: message,
      category: 'OperationStopped',
      exceptionType: 'System.Management.Automation.RuntimeException',
      target: v,
      extent,
    });
    throw markScriptTerminating(new RuntimeError(rec));
  };
}

function compileAssignment(node: import('../../language/ast.js').AssignmentStatementAst): Stmt {
  const target = compileAssignmentTarget(node.left);
  const value = compileStatementValue(node.right);
  const extent = node.extent;
  const op = node.operator;
  if (op === '=') {
    return (ctx) => {
      target.set(ctx, value(ctx));
    };
  }
  if (op === '??=') {
    return (ctx) => {
      const cur = target.get(ctx);
      if (cur === null || cur === undefined) target.set(ctx, value(ctx));
    };
  }
  const fn = { '+=': add, '-=': subtract, '*=': multiply, '/=': divide, '%=': remainder }[op];
  return (ctx) => {
    const cur = (target.getForCompound ?? target.get)(ctx);
    const rhs = value(ctx);
    if (op === '+=' && typeof cur === 'number' && typeof rhs === 'number') {
      const s = cur + rhs;
      if ((s | 0) === s) {
        target.set(ctx, s);
        return;
      }
    }
    target.set(ctx, at(extent, () => fn(cur, rhs)));
  };
}

export { enumeratingSink };
