/**
 * Member-access cases run two ways: by tenantsh's members layer (members.test.ts) and, to produce
 * the expected text, by real pwsh (oracle.test.ts writes cases.expected.ts). A case is a target
 * value, a member and argument values; psLiteral writes the same values as pwsh source.
 */
import { toStr } from '../../../src/runtime/convert/toStringValue.js';
import { DateTime } from '../../../src/runtime/dotnet/dateTime.js';
import { Decimal } from '../../../src/runtime/dotnet/decimal.js';
import { TimeSpan } from '../../../src/runtime/dotnet/timeSpan.js';
import {
  construct,
  getMember,
  getStaticMember,
  invokeMethod,
  invokeStaticMethod,
  MemberError,
} from '../../../src/runtime/members/index.js';
import { typeOfValue } from '../../../src/runtime/members/typeInfo.js';
import { enumerableItems } from '../../../src/runtime/values/enumerate.js';
import { PSHashtable } from '../../../src/runtime/values/Hashtable.js';
import { TypedNumber } from '../../../src/runtime/values/numbers.js';
import { PSList } from '../../../src/runtime/values/PSList.js';
import { PSChar, PSEnumValue, PSGuid, PSReference } from '../../../src/runtime/values/scalars.js';
import { PSType } from '../../../src/runtime/types/PSType.js';
import { resolveType } from '../../../src/runtime/types/registry.js';
import { testContext } from './context.js';

/** Marks a [ref] argument: the case then also prints the variable's final value. */
export const REF = Symbol('ref');

export interface Case {
  /** Instance target, or a type name for static access. */
  readonly on: unknown;
  readonly staticType?: string;
  readonly kind: 'method' | 'property' | 'new';
  readonly name: string;
  readonly args: readonly unknown[];
  /** Print the target after the call instead of the result (for in-place changes). */
  readonly after?: boolean;
  /** Print this property of the result instead of the result. */
  readonly then?: string;
}

export const m = (on: unknown, name: string, ...args: unknown[]): Case => ({
  on,
  kind: 'method',
  name,
  args,
});
export const p = (on: unknown, name: string): Case => ({ on, kind: 'property', name, args: [] });
export const sm = (type: string, name: string, ...args: unknown[]): Case => ({
  on: null,
  staticType: type,
  kind: 'method',
  name,
  args,
});
export const sp = (type: string, name: string): Case => ({
  on: null,
  staticType: type,
  kind: 'property',
  name,
  args: [],
});
export const ctor = (type: string, ...args: unknown[]): Case => ({
  on: null,
  staticType: type,
  kind: 'new',
  name: 'new',
  args,
});
export const after = (c: Case): Case => ({ ...c, after: true });
export const prop = (c: Case, property: string): Case => ({ ...c, then: property });

const ACCELERATOR: Record<string, string> = {
  Int64: 'long',
  UInt64: 'ulong',
  Int16: 'short',
  UInt16: 'ushort',
  Byte: 'byte',
  SByte: 'sbyte',
  UInt32: 'uint',
  Single: 'float',
  Double: 'double',
};

/** A value as pwsh source text. */
export function psLiteral(v: unknown): string {
  if (v === REF) return '[ref]$ref';
  if (v === null || v === undefined) return '$null';
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  if (typeof v === 'boolean') return v ? '$true' : '$false';
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return '[double]::NaN';
    if (!Number.isFinite(v)) return v > 0 ? '[double]::PositiveInfinity' : '[double]::NegativeInfinity';
    return (v | 0) === v ? String(v) : `([double]'${String(v)}')`;
  }
  if (typeof v === 'bigint') return `[bigint]'${v}'`;
  if (v instanceof TypedNumber) return `([${ACCELERATOR[v.type] ?? 'int'}]'${String(v.value)}')`;
  if (v instanceof Decimal) return `(${v.toString()}d)`;
  if (v instanceof PSChar) return `([char]${v.code})`;
  if (v instanceof DateTime) return `[datetime]::new(${v.ticks}, '${v.kind}')`;
  if (v instanceof TimeSpan) return `[timespan]::new(${v.ticks})`;
  if (v instanceof PSGuid) return `[guid]'${v.text}'`;
  if (v instanceof PSEnumValue) return `([${v.typeName}]'${v.name}')`;
  if (v instanceof PSType) return `[${v.fullName.replace(/`1\[(.*)\]$/, '[$1]')}]`;
  if (Array.isArray(v)) return `@(${v.map((x) => (Array.isArray(x) ? ',' : '') + psLiteral(x)).join(', ')})`;
  if (v instanceof PSList) {
    const type = v.elementType
      ? `System.Collections.Generic.List[${v.elementType}]`
      : 'System.Collections.ArrayList';
    return `([${type}]@(${v.items.map(psLiteral).join(', ')}))`;
  }
  if (v instanceof PSHashtable) {
    const body = [...v.pairs()].map(([k, x]) => `${psLiteral(k)} = ${psLiteral(x)}`).join('; ');
    return `${v.ordered ? '[ordered]' : ''}@{${body}}`;
  }
  throw new Error(`no pwsh literal for ${String(v)}`);
}

/** The pwsh statement that evaluates a case into $res (and $target for `after` cases). */
export function psStatement(c: Case): string {
  const args = c.args.map(psLiteral).join(', ');
  const target = c.staticType ? `[${c.staticType}]` : '$target';
  const setup = c.staticType ? '' : `$target = ${psLiteral(c.on)}; `;
  const access =
    c.kind === 'new'
      ? `${target}::new(${args})`
      : c.kind === 'property'
        ? `${target}${c.staticType ? '::' : '.'}${c.name}`
        : `${target}${c.staticType ? '::' : '.'}${c.name}(${args})`;
  return `${setup}$ref = $null; $res = ${access}${c.after ? '; $res = $target' : ''}${c.then ? `; $res = $res.${c.then}` : ''}`;
}

/** How a result prints: `TypeName:text`, collections item by item, [ref] values after a '/'. */
export function render(v: unknown, ref?: unknown): string {
  const tail = ref === undefined ? '' : ` /${render(ref)}`;
  if (v === null || v === undefined) return '<null>' + tail;
  // JS arrays do not record their element type, so arrays print as 'Array' on both sides.
  const name = Array.isArray(v) ? 'Array' : typeOfValue(v).name;
  const items = v instanceof PSHashtable ? null : enumerableItems(v);
  const text = items ? items.map((x) => toStr(x)).join('|') : toStr(v);
  return `${name}:${text}${tail}`;
}

/** Runs a case through tenantsh's members layer. */
export function runCase(c: Case): string {
  const ctx = testContext();
  let refValue: unknown = undefined;
  const hasRef = c.args.includes(REF);
  const args = c.args.map((a) =>
    a === REF
      ? new PSReference(
          () => refValue ?? null,
          (x) => {
            refValue = x;
          },
        )
      : a,
  );
  try {
    let res: unknown;
    if (c.staticType) {
      const type = resolveType(c.staticType);
      if (!type) throw new Error(`unknown type ${c.staticType}`);
      res =
        c.kind === 'new'
          ? construct(type, args, ctx)
          : c.kind === 'property'
            ? getStaticMember(type, c.name, ctx)
            : invokeStaticMethod(type, c.name, args, ctx);
    } else {
      res = c.kind === 'property' ? getMember(c.on, c.name) : invokeMethod(c.on, c.name, args, ctx);
    }
    if (c.after) res = c.on;
    if (c.then) res = getMember(res, c.then);
    return render(res, hasRef ? (refValue ?? null) : undefined);
  } catch (e) {
    if (e instanceof MemberError)
      return `ERR ${e.exceptionType.slice(e.exceptionType.lastIndexOf('.') + 1)}: ${e.message}`;
    throw e;
  }
}

/** The pwsh side of render and the error line. */
export const PS_PRELUDE = String.raw`
function Format-CaseResult($v) {
  if ($null -eq $v) { return '<null>' }
  $name = if ($v -is [array]) { 'Array' } else { $v.GetType().Name }
  if ($v -is [System.Collections.IEnumerable] -and $v -isnot [string] -and $v -isnot [System.Collections.IDictionary]) {
    return $name + ':' + ((@($v | ForEach-Object { "$_" })) -join '|')
  }
  return $name + ':' + "$v"
}
`;

export function psCaseScript(c: Case): string {
  const hasRef = c.args.includes(REF);
  return `try { ${psStatement(c)}; $out = Format-CaseResult $res; if (${hasRef ? '$true' : '$false'}) { $out += ' /' + (Format-CaseResult $ref) }; $out } catch { 'ERR ' + $_.Exception.GetType().Name + ': ' + $_.Exception.Message }`;
}
