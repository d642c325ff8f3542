/**
 * The .NET member surface scripts use, through an allow-list: `$x.Name`, `$x.Name = v`,
 * `$x.Name(args)`, `[T]::Name`, `[T]::Name(args)`, `[T]::new(args)` and Get-Member's listing.
 * Every member lives in a table (MemberTable) keyed by lower-cased name; a name that is not in a
 * table is an unknown member, whatever JS would make of it.
 */
import { enumInfo } from '../convert/convertTo.js';
import { toStr } from '../convert/toStringValue.js';
import { PSHashtable } from '../values/Hashtable.js';
import { PSObject } from '../values/PSObject.js';
import { PSEnumValue } from '../values/scalars.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import type { PSType } from '../types/PSType.js';
import { typeNameOf } from '../types/typeNameOf.js';
import { objectMembers, staticsOf, tableOf } from './families.js';
import { callOverloads } from './invoke.js';
import {
  customPropertyNotFound,
  methodNotFound,
  MemberError,
  propertyNotFound,
  readOnlyProperty,
} from './MemberError.js';
import type { MethodContext } from './MethodContext.js';
import { readPSProperty } from './properties.js';
import { PSObjectView, shortTypeDisplay } from './psobjectView.js';
import { staticObjectMethods } from './staticObject.js';
import { typeNamesOf } from './typeInfo.js';
import './register.js';

export { MemberError } from './MemberError.js';
export type { MethodContext } from './MethodContext.js';
export { setCurrentCulture, currentCulture } from './culture.js';
export { toDotNetString } from './toDotNetString.js';
export { PSObjectView, PSPropertyCollection, PSPropertyInfo } from './psobjectView.js';

export interface MemberInfo {
  readonly name: string;
  /** 'Method' | 'Property' | 'NoteProperty' | 'ScriptProperty' | 'AliasProperty' | 'ScriptMethod' */
  readonly memberType: string;
  readonly definition: string;
}

/** Members every value has through PowerShell's adapter, before its own. */
function intrinsicMember(value: unknown, lower: string): unknown {
  if (lower === 'psobject') return new PSObjectView(value);
  if (lower === 'pstypenames') return typeNamesOf(value);
  return undefined;
}

/** `$value.Name` — undefined when there is no such property (the evaluator then applies member enumeration / $null). */
export function getMember(value: unknown, name: string): unknown {
  const lower = name.toLowerCase();
  const intrinsic = intrinsicMember(value, lower);
  if (intrinsic !== undefined) return intrinsic;
  let target = value;
  if (target instanceof PSObject) {
    const own = readPSProperty(target, name);
    if (own !== undefined) return own;
    if (target.baseObject === null) return undefined;
    target = target.baseObject;
  }
  if (target instanceof PSHashtable && target.has(name)) return target.get(name);
  const p = tableOf(target).findProperty(lower);
  return p ? p.get(target, null) : undefined;
}

/** `$value.Name = x`; throws MemberError with pwsh's text when not settable. */
export function setMember(value: unknown, name: string, newValue: unknown): void {
  let target = value;
  if (target instanceof PSObject) {
    const own = target.getProperty(name);
    if (own) {
      if (own.kind === 'NoteProperty') own.value = newValue;
      else if (own.kind === 'AliasProperty') setMember(target, String(own.value), newValue);
      else throw readOnlyProperty(own.name);
      return;
    }
    if (target.baseObject === null) throw customPropertyNotFound(name);
    target = target.baseObject;
  }
  if (target instanceof PSHashtable) {
    const p = tableOf(target).findProperty(name);
    if (!p || target.has(name)) {
      target.set(name, newValue);
      return;
    }
  }
  const p = tableOf(target).findProperty(name);
  if (!p) throw propertyNotFound(name);
  if (!p.set) throw readOnlyProperty(p.name);
  p.set(target, newValue);
}

/** `$value.Name(args)`. */
export function invokeMethod(value: unknown, name: string, args: unknown[], ctx: MethodContext): unknown {
  let target = value;
  if (target instanceof PSObject) {
    const scriptMethod = target.methods.get(name.toLowerCase());
    if (scriptMethod && scriptMethod.script instanceof ScriptBlockValue && ctx.invokeScriptMethod) {
      return ctx.invokeScriptMethod(target, scriptMethod.script, args);
    }
    // A PSCustomObject has only System.Object's methods; a wrapped value has its own.
    if (target.baseObject !== null) target = target.baseObject;
  }
  const table = target instanceof PSObject ? objectMembers : tableOf(target);
  const m = table.findMethod(name);
  if (!m) throw methodNotFound(typeNameOf(target), name);
  return callOverloads(m.overloads, target, m.name, args, ctx);
}

export function hasMethod(value: unknown, name: string): boolean {
  let target = value;
  if (target instanceof PSObject) {
    if (target.methods.has(name.toLowerCase())) return true;
    if (target.baseObject !== null) target = target.baseObject;
  }
  const table = target instanceof PSObject ? objectMembers : tableOf(target);
  return table.findMethod(name) !== undefined;
}

/** `[T]::Name` — undefined when the type has no such static member (pwsh then gives $null). */
export function getStaticMember(type: PSType, name: string, ctx: MethodContext): unknown {
  const p = staticsOf(type)?.members.findProperty(name);
  if (p) return p.get(type, ctx);
  const en = enumInfo(type.fullName);
  if (en) {
    const i = en.names.findIndex((n) => n.toLowerCase() === name.toLowerCase());
    if (i >= 0) return new PSEnumValue(type.fullName, en.names[i]!, en.values[i]!);
  }
  return undefined;
}

/** `[T]::Name = x`: static properties tenantsh offers are all read-only. */
export function setStaticMember(type: PSType, name: string): never {
  const p = staticsOf(type)?.members.findProperty(name);
  throw p ? readOnlyProperty(p.name) : propertyNotFound(name);
}

/** `[T]::Name(args)`. */
export function invokeStaticMethod(type: PSType, name: string, args: unknown[], ctx: MethodContext): unknown {
  if (name.toLowerCase() === 'new') return construct(type, args, ctx);
  const m = staticsOf(type)?.members.findMethod(name) ?? staticObjectMethods.findMethod(name);
  if (!m) throw methodNotFound(type.fullName, name);
  return callOverloads(m.overloads, type, m.name, args, ctx);
}

/** `[T]::new(args)` and `New-Object T args`. */
export function construct(type: PSType, args: unknown[], ctx: MethodContext): unknown {
  const ctors = staticsOf(type)?.constructors.findMethod('new');
  if (!ctors) {
    throw new MemberError(
      `Cannot find an overload for "new" and the argument count: "${args.length}".`,
      'System.Management.Automation.MethodException',
      'MethodCountCouldNotFindBest',
    );
  }
  return callOverloads(ctors.overloads, type, '.ctor', args, ctx, 'new');
}

function propertyDefinition(type: string, name: string, settable: boolean, isStatic: boolean): string {
  return `${isStatic ? 'static ' : ''}${type} ${name} {get;${settable ? 'set;' : ''}}`;
}

/** For Get-Member: the members of a value (static: of a type). */
export function listMembers(value: unknown, opts: { static?: boolean } = {}): MemberInfo[] {
  const out: MemberInfo[] = [];
  if (opts.static) {
    const type = value as PSType;
    const s = staticsOf(type);
    for (const m of s?.members.allMethods() ?? []) {
      out.push({
        name: m.name,
        memberType: 'Method',
        definition: m.overloads.map((o) => 'static ' + o.definition).join(', '),
      });
    }
    for (const p of s?.members.allProperties() ?? []) {
      out.push({
        name: p.name,
        memberType: 'Property',
        definition: propertyDefinition(p.type, p.name, false, true),
      });
    }
    const en = enumInfo(type.fullName);
    for (const n of en?.names ?? []) {
      out.push({ name: n, memberType: 'Property', definition: `static ${type.fullName} ${n} {get;}` });
    }
    return out;
  }
  let target = value;
  if (target instanceof PSObject) {
    for (const p of target.properties.values()) {
      const v = readPSProperty(target, p.name);
      const t = v === null || v === undefined ? 'object' : shortTypeDisplay(typeNameOf(v));
      const definition =
        p.kind === 'NoteProperty'
          ? `${t} ${p.name}=${v === null || v === undefined ? 'null' : toStr(v)}`
          : p.kind === 'AliasProperty'
            ? `${p.name} = ${String(p.value)}`
            : `System.Object ${p.name} {get=${String(p.getter ?? '')};}`;
      out.push({ name: p.name, memberType: p.kind, definition });
    }
    for (const m of target.methods.values()) {
      out.push({ name: m.name, memberType: 'ScriptMethod', definition: `System.Object ${m.name}();` });
    }
    if (target.baseObject === null) {
      for (const m of objectMembers.allMethods()) {
        out.push({
          name: m.name,
          memberType: 'Method',
          definition: m.overloads.map((o) => o.definition).join(', '),
        });
      }
      return out;
    }
    target = target.baseObject;
  }
  const table = tableOf(target);
  for (const m of table.allMethods()) {
    out.push({
      name: m.name,
      memberType: 'Method',
      definition: m.overloads.map((o) => o.definition).join(', '),
    });
  }
  for (const p of table.allProperties()) {
    out.push({
      name: p.name,
      memberType: 'Property',
      definition: propertyDefinition(p.type, p.name, p.set !== undefined, false),
    });
  }
  return out;
}
