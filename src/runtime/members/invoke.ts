/**
 * Calling a chosen overload: convert each argument to its parameter type (pwsh's
 * MethodArgumentConversionInvalidCastArgument text when that fails), run the body, and turn a
 * .NET exception it raises into pwsh's MethodInvocationException.
 */
import { ConversionError } from '../convert/ConversionError.js';
import { convertTo } from '../convert/convertTo.js';
import { toStr } from '../convert/toStringValue.js';
import { DotNetException } from '../dotnet/errors.js';
import { enumerableItems } from '../values/enumerate.js';
import { PSException } from '../values/exceptions.js';
import { PSObject } from '../values/PSObject.js';
import { PSChar, PSReference } from '../values/scalars.js';
import { resolveType } from '../types/registry.js';
import { DotNetError } from './DotNetError.js';
import {
  argumentConversionFailed,
  invocationFailed,
  MemberError,
  noOverloadForCount,
} from './MemberError.js';
import type { MethodContext } from './MethodContext.js';
import { chooseOverload, type Overload, type ParamSpec } from './signature.js';

/** Types whose parameters accept $null as null rather than converting it. */
const VALUE_TYPES = new Set([
  'byte',
  'sbyte',
  'short',
  'ushort',
  'int',
  'uint',
  'long',
  'ulong',
  'float',
  'double',
  'decimal',
  'bool',
  'char',
  'datetime',
  'timespan',
  'guid',
]);

function isValueType(type: string): boolean {
  if (VALUE_TYPES.has(type)) return true;
  return type.startsWith('System.') && /(Comparison|Options|Rounding|Kind)$/.test(type);
}

/** Parameter types that take the argument as it is (interfaces the runtime's values implement). */
export const PASS_THROUGH = new Set([
  'object',
  'System.Object',
  'System.Collections.IEnumerable',
  'System.Collections.ICollection',
  'System.Collections.IList',
  'System.Enum',
  'System.IFormatProvider',
]);

/** Converts one argument to a parameter type. */
export function convertArgument(value: unknown, type: string): unknown {
  if (PASS_THROUGH.has(type)) return value;
  // pwsh passes $null to a string parameter as '' ('abc'.Contains($null) is False).
  if (value === null || value === undefined) {
    if (type === 'char') return new PSChar(0);
    return isValueType(type) || type === 'string' ? convertTo(null, type) : null;
  }
  const base = value instanceof PSObject && value.baseObject !== null ? value.baseObject : value;
  // [char[]]'abc' is the string's characters (convertTo treats a string as one element).
  if (type === 'char[]' && typeof base === 'string') return [...base].map((c) => new PSChar(c.charCodeAt(0)));
  if (type.endsWith('[]')) {
    const el = type.slice(0, -2);
    return (enumerableItems(base) ?? [base]).map((i) => convertArgument(i, el));
  }
  return convertTo(base, type);
}

function fullTypeName(type: string): string {
  if (type.endsWith('[]')) return fullTypeName(type.slice(0, -2)) + '[]';
  return resolveType(type)?.fullName ?? type;
}

function convertAll(o: Overload<unknown>, args: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  const convertOne = (value: unknown, p: ParamSpec, type: string): unknown => {
    try {
      return convertArgument(value, type);
    } catch (e) {
      if (!(e instanceof ConversionError)) throw e;
      throw argumentConversionFailed(p.name, toStr(value), o.name, fullTypeName(type), e.message);
    }
  };
  o.params.forEach((p, i) => {
    if (p.variadic) {
      const rest = args.slice(i);
      const elementType = p.type.slice(0, -2);
      const only = rest.length === 1 ? rest[0] : undefined;
      const single =
        only !== undefined &&
        (enumerableItems(only) !== null || (p.type === 'char[]' && typeof only === 'string'));
      out.push(single ? convertOne(rest[0], p, p.type) : rest.map((r) => convertOne(r, p, elementType)));
    } else if (p.byRef) {
      const r = args[i];
      if (!(r instanceof PSReference)) {
        throw new MemberError(
          `Argument: '${i + 1}' should be a System.Management.Automation.PSReference. Use [ref].`,
          'System.Management.Automation.MethodException',
          'NonRefArgumentToRefParameterMsg',
        );
      }
      out.push(r);
    } else out.push(convertOne(args[i], p, p.type));
  });
  return out;
}

/** A JS error from a method body as the .NET exception pwsh would report, or null for a bug. */
export function asDotNetException(e: unknown): PSException | null {
  if (e instanceof DotNetError) return new PSException(e.dotnetType, e.message);
  if (e instanceof DotNetException) return new PSException(e.dotnetType, e.message);
  if (e instanceof ConversionError) return new PSException(e.exceptionType, e.message);
  if (e instanceof RangeError && !/call stack/i.test(e.message))
    return new PSException('System.ArgumentException', e.message);
  return null;
}

/** Chooses an overload for `args`, converts them and runs it. `name` is the name pwsh reports. */
export function callOverloads<T>(
  overloads: readonly Overload<T>[],
  self: T,
  name: string,
  args: readonly unknown[],
  ctx: MethodContext,
  /** The name in the no-overload error, when it differs ('new' for constructors named '.ctor'). */
  overloadName = name,
): unknown {
  const o = chooseOverload(overloads, args);
  if (!o) throw noOverloadForCount(overloadName, args.length);
  const converted = convertAll(o as Overload<unknown>, args);
  try {
    const result = o.body(self, converted, ctx);
    // A void method writes nothing: undefined tells the evaluator so ($null would be written).
    return o.returns === 'void' ? undefined : result;
  } catch (e) {
    if (e instanceof MemberError) throw e;
    const inner = asDotNetException(e);
    if (inner) throw invocationFailed(name, args.length, inner);
    throw e;
  }
}
