/**
 * Reading and writing variables by their path as written: `x`, `script:x`, `global:x`, `local:x`,
 * `private:x`, `env:NAME`, `variable:x`, and the automatic variables the runtime computes ($?,
 * $PWD...). Names are case-insensitive.
 */
import { toStr } from '../convert/toStringValue.js';
import { runtimeError } from '../errors.js';
import type { Scope } from '../scope.js';
import { PSVariable } from '../scope.js';
import { convertToType } from '../convert/convertTo.js';
import { ConversionError } from '../convert/ConversionError.js';
import type { Ctx } from './Ctx.js';
import type { Extent } from '../../language/ast.js';

export interface VariablePath {
  /** Lower-case name without the drive or scope. */
  readonly lower: string;
  readonly name: string;
  readonly scope: 'any' | 'local' | 'script' | 'global' | 'private' | 'env' | 'function' | 'using';
}

export function parseVariablePath(path: string): VariablePath {
  const colon = path.indexOf(':');
  if (colon > 0) {
    const prefix = path.slice(0, colon).toLowerCase();
    const name = path.slice(colon + 1);
    switch (prefix) {
      case 'global':
      case 'script':
      case 'local':
      case 'private':
      case 'env':
      case 'function':
      case 'using':
        return { lower: name.toLowerCase(), name, scope: prefix };
      case 'variable':
        return { lower: name.toLowerCase(), name, scope: 'any' };
      default:
        break;
    }
  }
  return { lower: path.toLowerCase(), name: path, scope: 'any' };
}

function targetScope(ctx: Ctx, p: VariablePath): Scope {
  switch (p.scope) {
    case 'global':
      return ctx.scope.globalScope();
    case 'script':
      return ctx.scope.scriptScope();
    default:
      return ctx.scope;
  }
}

/** The variable object a path names, or undefined. */
export function findVariable(ctx: Ctx, p: VariablePath): PSVariable | undefined {
  switch (p.scope) {
    case 'any':
    case 'using':
      return ctx.scope.lookup(p.lower);
    case 'local':
    case 'private':
      return ctx.scope.vars.get(p.lower);
    default:
      return targetScope(ctx, p).lookup(p.lower);
  }
}

export function readVariable(ctx: Ctx, p: VariablePath): unknown {
  if (p.scope === 'env') {
    for (const [k, v] of ctx.rt.env) if (k.toLowerCase() === p.lower) return v;
    return null;
  }
  if (p.lower === '?') return ctx.rt.lastSuccess;
  if (p.lower === 'pwd') return ctx.rt.services.get('pwd-value') ?? ctx.rt.location;
  const v = findVariable(ctx, p);
  return v === undefined ? null : v.value;
}

export function writeVariable(ctx: Ctx, p: VariablePath, value: unknown, extent: Extent | null): void {
  if (p.scope === 'env') {
    let key = p.name;
    for (const k of ctx.rt.env.keys()) if (k.toLowerCase() === p.lower) key = k;
    if (value === null || value === '') ctx.rt.env.delete(key);
    else ctx.rt.env.set(key, toStr(value));
    return;
  }
  const scope = targetScope(ctx, p);
  let v = p.scope === 'any' ? scope.vars.get(p.lower) : scope.vars.get(p.lower);
  if (!v && p.scope === 'any') {
    // An AllScope variable (rare) or a constrained one found in a parent stays where it is only when
    // the scope modifier says so; a plain assignment creates a local variable, as pwsh does.
    v = undefined;
  }
  if (v) {
    assignChecked(v, value, extent);
    return;
  }
  const created = new PSVariable(p.name, value);
  if (p.scope === 'private') created.options = 'Private';
  scope.vars.set(p.lower, created);
}

/** Assigns to an existing variable, honouring its type constraint, validation and read-only state. */
export function assignChecked(v: PSVariable, value: unknown, extent: Extent | null): void {
  if (v.options === 'ReadOnly' || v.options === 'Constant') {
    throw runtimeError({
      message: `Cannot overwrite variable ${v.name} because it is read-only or constant.`,
      id: 'VariableNotWritable',
      category: 'WriteError',
      exceptionType: 'System.Management.Automation.SessionStateUnauthorizedAccessException',
      target: v.name,
      extent,
    });
  }
  const attrs = v.attributes;
  if (attrs) {
    if (attrs.typeConstraint) {
      try {
        value = convertToType(value, attrs.typeConstraint);
      } catch (e) {
        if (e instanceof ConversionError) {
          throw runtimeError({
            message: e.message,
            id: 'RuntimeException',
            category: 'InvalidArgument',
            exceptionType: 'System.Management.Automation.ArgumentTransformationMetadataException',
            extent,
          });
        }
        throw e;
      }
    }
    attrs.validate?.(value);
  }
  v.value = value;
}
