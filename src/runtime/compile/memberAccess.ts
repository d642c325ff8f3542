/**
 * `$x.Name`, `$x.Name = v` and `$x.Method(args)` for the evaluator: PowerShell's extended members
 * (note, script and alias properties, script methods), member enumeration over collections
 * (`$users.Name`), `.Count`/`.Length` on any value, the `.ForEach()`/`.Where()` magic methods, and
 * everything else through the .NET allow-list in members/.
 */
import { DateTime } from '../dotnet/dateTime.js';
import { toBool } from '../convert/toBoolean.js';
import { toStr } from '../convert/toStringValue.js';
import { enumerableItems } from '../values/enumerate.js';
import { PSHashtable } from '../values/Hashtable.js';
import { PSObject } from '../values/PSObject.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import { PSType } from '../types/PSType.js';
import {
  construct,
  getMember,
  getStaticMember,
  hasMethod,
  invokeMethod,
  invokeStaticMethod,
  setMember,
  type MethodContext,
} from '../members/index.js';
import type { Ctx } from './Ctx.js';
import { invokeScriptBlock } from '../functions/invokeScriptBlock.js';
import { randomUUID } from 'node:crypto';
import { OperatorError } from '../operators/OperatorError.js';
import { isRuntimeObject, NOT_HANDLED } from '../functions/PSCmdletValue.js';
import { Scope } from '../scope.js';
import { tableOf } from '../members/families.js';
import { parseScript } from '../../language/parse.js';
import { callClassMethod, classOf, classOfInstance, classStaticProperty, instantiate } from '../classes/classRuntime.js';
import { convertToType } from '../convert/convertTo.js';
import { resolveType } from '../types/registry.js';
import { tagArray } from '../values/typedArrays.js';
import { InvokeCommandIntrinsics } from '../sandbox/executionContext.js';
import { compileExpression } from './expressions.js';

export function methodContext(ctx: Ctx): MethodContext {
  return {
    now: () => DateTime.fromJsDate(new Date(ctx.rt.clock.nowMs()), 'Local'),
    utcNow: () => DateTime.fromJsDate(new Date(ctx.rt.clock.nowMs()), 'Utc'),
    newGuid: () => randomUUID(),
    invokeScriptBlock: (sb, args) => invokeScriptBlock(ctx, sb, { args, newScope: true }),
    invokeScriptMethod: (self, sb, args) => unwrap(invokeScriptBlock(ctx, sb, { newScope: true, args, variables: { this: self } })),
  };
}

/**
 * `$value.name` with member enumeration; $null when nothing has that member. `intrinsic` adds the
 * language's own Count/Length on any value; Select-Object and formatting read real properties only.
 */
export function getMemberValue(ctx: Ctx, value: unknown, name: string, intrinsic = true): unknown {
  if (value === null || value === undefined) {
    const lower = name.toLowerCase();
    return intrinsic && (lower === 'count' || lower === 'length') ? 0 : null;
  }
  if (name.toLowerCase() === 'psbase' && value instanceof PSHashtable) return new PSBaseView(value);
  if (value instanceof PSBaseView) return tableOf(value.target).findProperty(name.toLowerCase())?.get(value.target, null) ?? null;
  if (value instanceof PSHashtable) {
    // A key wins over the dictionary's own properties, except that .Keys/.Values/.Count are
    // properties when no such key exists.
    if (value.has(name)) return value.get(name);
  }
  if (isRuntimeObject(value)) {
    const own = value.psGetMember(name.toLowerCase());
    if (own !== undefined) return own;
  }
  const direct = value instanceof PSObject ? psObjectMember(ctx, value, name) : getMember(value, name);
  if (direct !== undefined) return direct;
  const items = enumerableItems(value);
  if (items) {
    const lower = name.toLowerCase();
    if (intrinsic && (lower === 'count' || lower === 'length')) return items.length;
    // Member enumeration: the property of each element, flattened one level.
    const out: unknown[] = [];
    for (const item of items) {
      const v = getMemberValue(ctx, item, name, intrinsic);
      if (v === null) continue;
      const inner = enumerableItems(v);
      if (inner) out.push(...inner);
      else out.push(v);
    }
    return out.length === 0 ? null : out.length === 1 ? out[0] : out;
  }
  const lower = name.toLowerCase();
  if (intrinsic && (lower === 'count' || lower === 'length')) return 1;
  if (strictVersion(ctx) >= 2) {
    throw new OperatorError(`The property '${name}' cannot be found on this object. Verify that the property exists.`, 'PropertyNotFoundStrict');
  }
  return null;
}

function psObjectMember(ctx: Ctx, o: PSObject, name: string): unknown {
  const p = o.getProperty(name);
  if (p) {
    switch (p.kind) {
      case 'NoteProperty':
        return p.value;
      case 'AliasProperty':
        return getMemberValue(ctx, o, String(p.value));
      case 'ScriptProperty':
        return p.getter instanceof ScriptBlockValue
          ? unwrap(invokeScriptBlock(ctx, p.getter, { newScope: true, variables: { this: o } }))
          : null;
    }
  }
  return getMember(o, name);
}

function unwrap(items: unknown[]): unknown {
  return items.length === 0 ? null : items.length === 1 ? items[0] : items;
}

export function setMemberValue(ctx: Ctx, target: unknown, name: string, value: unknown): void {
  if (target instanceof PSHashtable) {
    target.set(name, value);
    return;
  }
  if (target instanceof PSObject) {
    const p = target.getProperty(name);
    if (p?.kind === 'ScriptProperty' && p.setter instanceof ScriptBlockValue) {
      invokeScriptBlock(ctx, p.setter, { newScope: true, args: [value], variables: { this: target } });
      return;
    }
    if (p?.kind === 'NoteProperty') {
      p.value = value;
      return;
    }
    if (target.baseObject === null && !p) {
      throw new OperatorError(
        `The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`,
        'PropertyAssignmentException',
      );
    }
  }
  if (target === null || target === undefined) {
    throw new OperatorError(
      `The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`,
      'PropertyNotFound',
    );
  }
  const items = enumerableItems(target);
  if (items && getMember(target, name) === undefined) {
    for (const item of items) setMemberValue(ctx, item, name, value);
    return;
  }
  setMember(target, name, value);
}

/** `$value.Name(args)` */
export function callMethod(ctx: Ctx, target: unknown, name: string, args: unknown[]): unknown {
  const lower = name.toLowerCase();
  const cls = classOfInstance(ctx, target);
  if (cls && cls.hasMethodNamed(lower)) return callClassMethod(ctx, cls, target as PSObject, name, args);
  if (target instanceof PSObject) {
    const m = target.methods.get(lower);
    if (m && m.script instanceof ScriptBlockValue) {
      return unwrap(invokeScriptBlock(ctx, m.script, { newScope: true, args, variables: { this: target } }));
    }
  }
  if (target instanceof InvokeCommandIntrinsics && lower === 'expandstring') return expandString(ctx, toStr(args[0]));
  if (isRuntimeObject(target)) {
    const r = target.psInvoke(lower, args);
    if (r !== NOT_HANDLED) return r;
  }
  if (lower === 'foreach' || lower === 'where') {
    const items = target === null || target === undefined ? [] : (enumerableItems(target) ?? [target]);
    if (args[0] instanceof ScriptBlockValue) {
      return lower === 'foreach' ? magicForEach(ctx, items, args[0], args.slice(1)) : magicWhere(ctx, items, args[0], args.slice(1));
    }
    if (lower === 'foreach' && typeof args[0] === 'string') {
      // .ForEach('Name'): the property of each item, or else its method with the remaining arguments.
      const member = args[0];
      return items.flatMap((i) => {
        const isProperty = args.length === 1 && (i instanceof PSObject ? i.getProperty(member) !== undefined : getMember(i, member) !== undefined);
        const v = isProperty ? getMemberValue(ctx, i, member) : callMethod(ctx, i, member, args.slice(1));
        return v === null ? [] : [v];
      });
    }
  }
  if (target === null || target === undefined) {
    throw new OperatorError('You cannot call a method on a null-valued expression.', 'InvokeMethodOnNull');
  }
  if (target instanceof PSBaseView) return invokeMethod(target.target, name, args, methodContext(ctx));
  if (target instanceof ScriptBlockValue && lower === 'getnewclosure') return newClosure(ctx, target);
  // Member enumeration of methods: `$names.ToUpper()` calls the method on each element.
  const items = enumerableItems(target);
  if (items && items.length > 0 && !hasMethod(target, name)) {
    const out: unknown[] = [];
    for (const item of items) {
      const v = callMethod(ctx, item, name, args);
      if (v === null) continue;
      const inner = enumerableItems(v);
      if (inner) out.push(...inner);
      else out.push(v);
    }
    return out.length === 0 ? null : out.length === 1 ? out[0] : out;
  }
  return invokeMethod(target, name, args, methodContext(ctx));
}

/** `$hashtable.psbase`: the dictionary's own .NET members, not its keys. */
export class PSBaseView {
  constructor(readonly target: unknown) {}
}

function magicForEach(ctx: Ctx, items: unknown[], sb: ScriptBlockValue, args: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const item of items) {
    for (const v of invokeScriptBlock(ctx, sb, { dollarUnder: item, args, newScope: false })) out.push(v);
  }
  return out;
}

function magicWhere(ctx: Ctx, items: unknown[], sb: ScriptBlockValue, args: unknown[]): unknown[] {
  const mode = args.length > 0 ? toStr(args[0]).toLowerCase() : 'default';
  const limit = args.length > 1 ? Number(args[1]) : 0;
  const out: unknown[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const ok = toBool(unwrap(invokeScriptBlock(ctx, sb, { dollarUnder: item, newScope: false })));
    if (mode === 'until') {
      if (ok) break;
      out.push(item);
    } else if (mode === 'skipuntil') {
      if (ok) {
        out.push(...items.slice(i));
        break;
      }
    } else if (mode === 'split') {
      if (ok) out.push(item);
    } else if (ok) {
      out.push(item);
      if (mode === 'first' && out.length >= Math.max(1, limit)) break;
    }
    if (limit > 0 && mode === 'default' && out.length >= limit) break;
  }
  if (mode === 'last') return limit > 0 ? out.slice(-limit) : out.slice(-1);
  if (mode === 'split') {
    const rest = items.filter((x) => !out.includes(x));
    return [out, rest];
  }
  return out;
}

export function staticMember(ctx: Ctx, type: PSType, name: string): unknown {
  const cls = classOf(ctx, type.fullName);
  if (cls) {
    const p = classStaticProperty(cls, name);
    if (p) return p.value;
  }
  const v = getStaticMember(type, name, methodContext(ctx));
  if (v !== undefined) return v;
  if (strictVersion(ctx) >= 2) {
    throw new OperatorError(`The property '${name}' cannot be found on this object. Verify that the property exists.`, 'PropertyNotFoundStrict');
  }
  return null;
}

export function callStatic(ctx: Ctx, type: PSType, name: string, args: unknown[]): unknown {
  const cls = classOf(ctx, type.fullName);
  if (cls) return name.toLowerCase() === 'new' ? instantiate(ctx, cls, args) : callClassMethod(ctx, cls, null, name, args);
  if (name.toLowerCase() === 'new' && type.elementType) return newArray(type.elementType, args);
  if (name.toLowerCase() === 'new') return construct(type, args, methodContext(ctx));
  if (type.fullName === 'System.Management.Automation.ScriptBlock' && name.toLowerCase() === 'create') {
    return scriptBlockFromText(toStr(args[0]));
  }
  return invokeStaticMethod(type, name, args, methodContext(ctx));
}

/** ScriptBlock.GetNewClosure(): a copy of the block bound to a snapshot of the visible variables. */
function newClosure(ctx: Ctx, sb: ScriptBlockValue): ScriptBlockValue {
  const captured = new Scope(ctx.scope.globalScope(), 'function');
  const chain: Scope[] = [];
  for (let s: Scope | null = ctx.scope; s; s = s.parent) chain.push(s);
  for (const s of chain.reverse()) for (const [k, v] of s.vars) captured.setLocal(k, v.name, v.value);
  const copy = new ScriptBlockValue(sb.ast, sb.text, sb.isFilter);
  copy.compiled = sb.compiled;
  copy.closure = captured;
  return copy;
}

/** [scriptblock]::Create(text): parsed now; a syntax error is pwsh's ParseException. */
function scriptBlockFromText(text: string): ScriptBlockValue {
  const parsed = parseScript(text, '');
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    throw new OperatorError(
      `Exception calling "Create" with "1" argument(s): "At line:${e.extent.source.position(e.extent.start).line} char:${e.extent.source.position(e.extent.start).column}\n+ ${e.extent.source.lineText(e.extent.source.position(e.extent.start).line)}\n${e.message}"`,
      'ParseException',
      'System.Management.Automation.MethodInvocationException',
    );
  }
  return new ScriptBlockValue(parsed.ast, parsed.source.text);
}

/** Set-StrictMode's version (0 when off); 'Latest' counts as the highest. */
export function strictVersion(ctx: Ctx): number {
  const v = ctx.rt.services.get('strict-mode');
  if (v === undefined || v === null) return 0;
  const text = String(v).toLowerCase();
  return text === 'latest' ? 99 : Number.parseFloat(text) || 0;
}

/** $ExecutionContext.InvokeCommand.ExpandString(text): `text` expanded as a double-quoted string here. */
function expandString(ctx: Ctx, text: string): string {
  const parsed = parseScript(`@"\n${text}\n"@`, '');
  const first = parsed.ast.end?.statements[0];
  if (parsed.errors.length > 0 || !first || first.kind !== 'Pipeline' || first.elements[0]?.kind !== 'CommandExpression') return text;
  return toStr(compileExpression(first.elements[0].expression)(ctx));
}

/** `[int[]]::new(3)` / `New-Object 'string[]' 2`: an array of the element type's default value. */
export function newArray(element: PSType, args: unknown[]): unknown[] {
  const n = Number(convertToType(args[0] ?? 0, resolveType('int')!));
  if (args.length !== 1 || !Number.isInteger(n) || n < 0) {
    throw new OperatorError(`Cannot find an overload for "new" and the argument count: "${args.length}".`, 'MethodCountCouldNotFindBest', 'System.Management.Automation.MethodException');
  }
  const numeric = /^System\.(U?Int(16|32|64)|S?Byte|Double|Single|Decimal)$/.test(element.fullName);
  const fill: unknown = numeric ? convertToType(0, element) : element.fullName === 'System.Boolean' ? false : null;
  return tagArray(new Array<unknown>(n).fill(fill), element);
}
