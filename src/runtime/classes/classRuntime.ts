/**
 * Running PowerShell classes: defining one (the `class` statement), creating instances, and
 * calling methods with `$this`. Class definitions live in the runtime (rt.services 'classes').
 */
import type { TypeDefinitionAst } from '../../language/ast.js';
import type { Ctx } from '../compile/Ctx.js';
import { compileExpression } from '../compile/expressions.js';
import { convertToType, registerConverter } from '../convert/convertTo.js';
import { ConversionError } from '../convert/ConversionError.js';
import { toStr } from '../convert/toStringValue.js';
import { withLeadingParameters } from '../functions/leadingParameters.js';
import { invokeScriptBlock } from '../functions/invokeScriptBlock.js';
import { OperatorError } from '../operators/OperatorError.js';
import { registerType, resolveType } from '../types/registry.js';
import { PSHashtable } from '../values/Hashtable.js';
import { PSObject } from '../values/PSObject.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import type { PSType } from '../types/PSType.js';
import { Scope } from '../scope.js';
import { ClassDefinition, type ClassMethod } from './ClassDefinition.js';

const KEY = 'classes';

function classes(ctx: Ctx): Map<string, ClassDefinition> {
  let m = ctx.rt.services.get(KEY) as Map<string, ClassDefinition> | undefined;
  if (!m) {
    m = new Map();
    ctx.rt.services.set(KEY, m);
  }
  return m;
}

export function classOf(ctx: Ctx, name: string): ClassDefinition | undefined {
  return classes(ctx).get(name.toLowerCase());
}

/** The class an instance belongs to, if it is one. */
export function classOfInstance(ctx: Ctx, value: unknown): ClassDefinition | undefined {
  if (!(value instanceof PSObject) || value.baseObject !== null) return undefined;
  const first = value.typeNames[0];
  return first ? classOf(ctx, first) : undefined;
}

function propertyType(m: { attributes: readonly { kind: string; typeName?: string }[] }): PSType | null {
  const t = m.attributes.find((a) => a.kind === 'TypeConstraint');
  return t && t.typeName ? resolveType(t.typeName) : null;
}

/** The `class` statement: registers the type, its statics and its conversions. */
export function defineClass(ctx: Ctx, ast: TypeDefinitionAst): void {
  const baseName = ast.baseTypes[0];
  const base = baseName ? (classOf(ctx, baseName) ?? null) : null;
  const def = new ClassDefinition(ast, base);
  classes(ctx).set(ast.name.toLowerCase(), def);
  registerType(ast.name);
  for (const p of def.properties) {
    if (!p.isStatic) continue;
    const type = propertyType(p);
    let value = p.initialValue ? compileExpression(p.initialValue)(ctx) : defaultFor(type);
    if (type && value !== null) value = convertToType(value, type);
    def.staticValues.set(p.name.toLowerCase(), { name: p.name, value, type });
  }
  // [Class]@{ Name = ... }: the default constructor, then each key set as a property.
  registerConverter(ast.name, (value) => {
    if (value instanceof PSObject && value.typeNames.some((t) => t.toLowerCase() === ast.name.toLowerCase())) return value;
    if (value instanceof PSHashtable) {
      const o = instantiate(ctx, def, []);
      for (const [k, v] of value.pairs()) setClassProperty(def, o, toStr(k), v);
      return o;
    }
    throw new ConversionError(`Cannot convert the "${toStr(value)}" value of type "${value === null ? 'null' : 'System.Object'}" to type "${ast.name}".`);
  });
}

function defaultFor(type: PSType | null): unknown {
  if (!type) return null;
  if (/^System\.(U?Int(16|32|64)|S?Byte|Double|Single|Decimal)$/.test(type.fullName)) return convertToType(0, type);
  if (type.fullName === 'System.Boolean') return false;
  return null;
}

function setClassProperty(def: ClassDefinition, o: PSObject, name: string, value: unknown): void {
  for (const c of def.lineage()) {
    const p = c.properties.find((x) => !x.isStatic && x.name.toLowerCase() === name.toLowerCase());
    if (p) {
      const type = propertyType(p);
      o.setNote(p.name, type && value !== null ? convertToType(value, type) : value);
      return;
    }
  }
  throw new OperatorError(`The property '${name}' cannot be found for the object.`, 'PropertyNotFound');
}

/** `[Class]::new(args)`: properties at their defaults (bases first), then the constructor. */
export function instantiate(ctx: Ctx, def: ClassDefinition, args: unknown[]): PSObject {
  const lineage = def.lineage();
  const o = new PSObject(null, [...lineage.map((c) => c.name), 'System.Object']);
  for (const c of [...lineage].reverse()) {
    for (const p of c.properties) {
      if (p.isStatic) continue;
      const type = propertyType(p);
      let value = p.initialValue ? compileExpression(p.initialValue)(ctx) : defaultFor(type);
      if (type && value !== null) value = convertToType(value, type);
      o.setNote(p.name, value);
    }
  }
  runConstructor(ctx, def, o, args);
  return o;
}

function runConstructor(ctx: Ctx, def: ClassDefinition, o: PSObject, args: unknown[]): void {
  const ctor = def.constructors.find((c) => c.parameters.length === args.length);
  if (!ctor) {
    if (def.constructors.length === 0 && args.length === 0) {
      if (def.base) runConstructor(ctx, def.base, o, []);
      return;
    }
    throw new OperatorError(
      `Cannot find an overload for "new" and the argument count: "${args.length}".`,
      'MethodCountCouldNotFindBest',
      'System.Management.Automation.MethodException',
    );
  }
  const sb = methodBlock(ctor.member.body!, ctor.parameters);
  if (def.base) {
    // `: base(...)` arguments are evaluated with the constructor's own parameters bound.
    const baseArgs = ctor.baseArguments ? evaluateBaseArguments(ctx, ctor.baseArguments, ctor.parameters, args, o) : [];
    runConstructor(ctx, def.base, o, baseArgs);
  }
  invokeScriptBlock(ctx, sb, { args, newScope: true, variables: { this: o } });
}

const blocks = new WeakMap<object, ScriptBlockValue>();

function methodBlock(body: NonNullable<ClassMethod['member']['body']>, parameters: ClassMethod['parameters']): ScriptBlockValue {
  const cached = blocks.get(body);
  if (cached) return cached;
  const ast = parameters.length > 0 ? withLeadingParameters(body, [...parameters]) : body;
  const sb = new ScriptBlockValue(ast, body.extent.source.text.slice(body.extent.start + 1, body.extent.end - 1));
  blocks.set(body, sb);
  return sb;
}

/** The `: base(...)` arguments, evaluated in a scope holding the constructor's parameters. */
function evaluateBaseArguments(
  ctx: Ctx,
  exprs: readonly import('../../language/ast.js').ExpressionAst[],
  parameters: ClassMethod['parameters'],
  args: unknown[],
  self: PSObject,
): unknown[] {
  const scope = new Scope(ctx.scope, 'function');
  parameters.forEach((p, i) => {
    const type = propertyType(p);
    const v = i < args.length ? args[i] : null;
    scope.setLocal(p.name.path.toLowerCase(), p.name.path, type && v !== null ? convertToType(v, type) : v);
  });
  scope.setLocal('this', 'this', self);
  const inner = ctx.withScope(scope);
  return exprs.map((e) => compileExpression(e)(inner));
}

/** Calls a class method; a method's value is what its `return` gives (other output is dropped). */
export function callClassMethod(ctx: Ctx, def: ClassDefinition, self: PSObject | null, name: string, args: unknown[]): unknown {
  const m = def.findMethod(name, args.length, self === null);
  if (!m) {
    throw new OperatorError(
      `Cannot find an overload for "${name}" and the argument count: "${args.length}".`,
      'MethodCountCouldNotFindBest',
      'System.Management.Automation.MethodException',
    );
  }
  const out = invokeScriptBlock(ctx, methodBlock(m.member.body!, m.parameters), { args, newScope: true, variables: self ? { this: self } : {} });
  if (m.returnsVoid || out.length === 0) return null;
  return out[out.length - 1];
}

export function classStaticProperty(def: ClassDefinition, name: string): { value: unknown } | null {
  for (const c of def.lineage()) {
    const v = c.staticValues.get(name.toLowerCase());
    if (v) return { value: v.value };
  }
  return null;
}

export function setClassStaticProperty(def: ClassDefinition, name: string, value: unknown): boolean {
  for (const c of def.lineage()) {
    const v = c.staticValues.get(name.toLowerCase());
    if (v) {
      v.value = v.type && value !== null ? convertToType(value, v.type) : value;
      return true;
    }
  }
  return false;
}

