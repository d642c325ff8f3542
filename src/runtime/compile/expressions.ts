/**
 * Expressions compiled to closures: each AST node becomes a `(ctx) => value` function once, so a
 * loop body runs without re-dispatching on node kinds. Operators follow about_Operators; the left
 * operand's type decides what an operator means.
 */
import type {
  BinaryExpressionAst,
  ConvertExpressionAst,
  ExpressionAst,
  Extent,
  HashtableAst,
  IndexExpressionAst,
  InvokeMemberExpressionAst,
  MemberExpressionAst,
  UnaryExpressionAst,
} from '../../language/ast.js';
import { literalToNumber } from '../convert/parseNumber.js';
import { toBool } from '../convert/toBoolean.js';
import { toStr } from '../convert/toStringValue.js';
import { convertToType } from '../convert/convertTo.js';
import { formatValue } from '../convert/formatValue.js';
import { formatComposite } from '../dotnet/compositeFormat.js';
import { runtimeError } from '../errors.js';
import { add, bitwise, bnot, divide, multiply, remainder, subtract } from '../operators/arithmetic.js';
import { psCompare, psEquals } from '../operators/compare.js';
import { OperatorError } from '../operators/OperatorError.js';
import { joinOp, likeOp, matchOp, replaceOp, splitOp, unarySplit } from '../operators/textOps.js';
import { rangeOp } from '../operators/range.js';
import { isInstanceOf, asOp } from '../operators/typeOps.js';
import { PSType } from '../types/PSType.js';
import { resolveType } from '../types/registry.js';
import { enumerableItems } from '../values/enumerate.js';
import { PSHashtable } from '../values/Hashtable.js';
import { PSObject } from '../values/PSObject.js';
import { PSReference } from '../values/scalars.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import { typeNameOf } from '../types/typeNameOf.js';
import { at } from './errorsAt.js';
import type { Ctx, Expr, Sink } from './Ctx.js';
import { callMethod, callStatic, getMemberValue, staticMember } from './memberAccess.js';
import { parseVariablePath, readVariable, findVariable } from './variables.js';
import { compileStatement, compileStatementList } from './statements.js';
import { unwrapOutput } from './collect.js';
import { compileIncrement } from './assignment.js';
import { invokeScriptBlock as invokeBlock } from '../functions/invokeScriptBlock.js';
import { indexValue } from './indexing.js';
import { numericOp } from '../operators/numericOps.js';
import { asNumber } from '../convert/toNumber.js';

export function compileExpression(node: ExpressionAst): Expr {
  switch (node.kind) {
    case 'ConstantExpression': {
      const value = typeof node.value === 'string' && node.numberType !== 'decimal' ? node.value : literalToNumber(node.value, node.numberType);
      return () => value;
    }
    case 'StringConstant': {
      const value = node.value;
      return () => value;
    }
    case 'ExpandableString':
      return compileExpandable(node.parts);
    case 'VariableExpression':
      return compileVariable(node.path, node.extent);
    case 'ArrayLiteral': {
      const elements = node.elements.map(compileExpression);
      return (ctx) => elements.map((e) => e(ctx));
    }
    case 'ArrayExpression': {
      const body = compileStatementList(node.statements, []);
      return (ctx) => {
        const out: unknown[] = [];
        body(ctx, enumeratingSink(out));
        return out;
      };
    }
    case 'SubExpression': {
      const body = compileStatementList(node.statements, []);
      return (ctx) => {
        const out: unknown[] = [];
        body(ctx, enumeratingSink(out));
        return unwrapOutput(out);
      };
    }
    case 'ParenExpression':
      return compileParen(node.pipeline);
    case 'Hashtable':
      return compileHashtable(node, false);
    case 'ScriptBlockExpression': {
      const ast = node.scriptBlock;
      const text = ast.extent.source.text.slice(ast.extent.start + 1, ast.extent.end - 1);
      let shared: ScriptBlockValue | null = null;
      return () => {
        // Each evaluation is a new ScriptBlock object in pwsh; sharing the compiled body is safe.
        const sb = new ScriptBlockValue(ast, text);
        if (shared) sb.compiled = shared.compiled;
        else shared = sb;
        return sb;
      };
    }
    case 'BinaryExpression':
      return compileBinary(node);
    case 'UnaryExpression':
      return compileUnary(node);
    case 'TernaryExpression': {
      const c = compileExpression(node.condition);
      const t = compileExpression(node.ifTrue);
      const f = compileExpression(node.ifFalse);
      return (ctx) => (toBool(c(ctx)) ? t(ctx) : f(ctx));
    }
    case 'ConvertExpression':
      return compileConvert(node);
    case 'AttributedExpression':
      return compileExpression(node.child);
    case 'TypeExpression': {
      const name = node.typeName;
      const extent = node.extent;
      return () => requireType(name, extent);
    }
    case 'MemberExpression':
      return compileMember(node);
    case 'InvokeMemberExpression':
      return compileInvokeMember(node);
    case 'IndexExpression':
      return compileIndex(node);
    case 'ErrorExpression': {
      const extent = node.extent;
      return () => {
        throw runtimeError({ message: 'The script contains a syntax error.', id: 'ParseError', category: 'ParserError', extent });
      };
    }
  }
}

/** A sink that enumerates collections (what writing to the pipeline does). */
export function enumeratingSink(out: unknown[]): Sink {
  return (v) => {
    out.push(v);
  };
}

export function requireType(name: string, extent: Extent): PSType {
  const t = resolveType(name);
  if (!t) {
    throw runtimeError({
      message: `Unable to find type [${name}].`,
      id: 'TypeNotFound',
      category: 'InvalidOperation',
      target: name,
      extent,
    });
  }
  return t;
}

function compileExpandable(parts: (string | ExpressionAst)[]): Expr {
  const compiled = parts.map((p) => (typeof p === 'string' ? p : compileExpression(p)));
  return (ctx) => {
    let s = '';
    let ofs: string | null = null;
    for (const p of compiled) {
      if (typeof p === 'string') s += p;
      else {
        const v = p(ctx);
        if (typeof v === 'string') s += v;
        else {
          if (ofs === null) {
            const o = readVariable(ctx, { lower: 'ofs', name: 'OFS', scope: 'any' });
            ofs = o === null ? ' ' : toStr(o);
          }
          s += toStr(v, ofs);
        }
      }
    }
    return s;
  };
}

const constants = new Map<string, unknown>([
  ['true', true],
  ['false', false],
  ['null', null],
]);

function compileVariable(path: string, extent: Extent): Expr {
  const p = parseVariablePath(path);
  if (p.scope === 'any' && constants.has(p.lower)) {
    const c = constants.get(p.lower);
    return () => c;
  }
  if (p.scope === 'any' && p.lower !== '?' && p.lower !== 'pwd') {
    // $PSItem is another name for $_.
    const lower = p.lower === 'psitem' ? '_' : p.lower;
    return (ctx) => {
      const v = ctx.scope.lookup(lower);
      if (v !== undefined) return v.value;
      return strictModeCheck(ctx, path, extent);
    };
  }
  return (ctx) => readVariable(ctx, p);
}

function strictModeCheck(ctx: Ctx, path: string, extent: Extent): unknown {
  const strict = ctx.rt.services.get('strict-mode');
  if (strict) {
    throw runtimeError({
      message: `The variable '$${path}' cannot be retrieved because it has not been set.`,
      id: 'VariableIsUndefined',
      category: 'InvalidOperation',
      target: path,
      extent,
    });
  }
  return null;
}

function compileParen(pipeline: import('../../language/ast.js').PipelineBaseAst): Expr {
  // `(expr)` is the expression's value; `(command)` collects the command's output.
  if (pipeline.kind === 'Pipeline' && pipeline.elements.length === 1 && pipeline.elements[0]!.kind === 'CommandExpression' && pipeline.elements[0]!.redirections.length === 0) {
    return compileExpression(pipeline.elements[0]!.expression);
  }
  if (pipeline.kind === 'AssignmentStatement') {
    const assign = compileStatement(pipeline);
    const target = compileExpression(pipeline.left.kind === 'ConvertExpression' ? pipeline.left.child : pipeline.left);
    return (ctx) => {
      assign(ctx, () => undefined);
      return target(ctx);
    };
  }
  const stmt = compileStatement(pipeline);
  return (ctx) => {
    const out: unknown[] = [];
    stmt(ctx, enumeratingSink(out));
    return unwrapOutput(out);
  };
}

export function compileHashtable(node: HashtableAst, ordered: boolean): Expr {
  const pairs = node.pairs.map((p) => ({
    key: compileExpression(p.key),
    value: compileStatementValue(p.value),
    extent: p.key.extent,
  }));
  return (ctx) => {
    const h = new PSHashtable(ordered);
    for (const p of pairs) {
      const k = p.key(ctx);
      if (k === null) {
        throw runtimeError({ message: 'A null key is not allowed in a hash literal.', id: 'InvalidNullKey', category: 'InvalidOperation', extent: p.extent });
      }
      if (h.has(k)) {
        throw runtimeError({
          message: `Duplicate keys '${toStr(k)}' are not allowed in hash literals.`,
          id: 'DuplicateKeyInHashLiteral',
          category: 'InvalidOperation',
          extent: p.extent,
        });
      }
      h.set(k, p.value(ctx));
    }
    return h;
  };
}

/** A statement used as a value (hashtable values, `return` pipelines): its collected output. */
export function compileStatementValue(node: import('../../language/ast.js').StatementAst): Expr {
  // `$a = $b = 7`: an assignment used as a value gives the value assigned.
  if (node.kind === 'AssignmentStatement') {
    const assign = compileStatement(node);
    const target = compileExpression(node.left.kind === 'ConvertExpression' ? node.left.child : node.left);
    return (ctx) => {
      assign(ctx, () => undefined);
      return target(ctx);
    };
  }
  if (node.kind === 'Pipeline' && node.elements.length === 1 && node.elements[0]!.kind === 'CommandExpression' && node.elements[0]!.redirections.length === 0) {
    return compileExpression(node.elements[0]!.expression);
  }
  const stmt = compileStatement(node);
  return (ctx) => {
    const out: unknown[] = [];
    stmt(ctx, enumeratingSink(out));
    return unwrapOutput(out);
  };
}

function filterCollection(items: unknown[], right: unknown, test: (item: unknown, right: unknown) => boolean): unknown[] {
  const out: unknown[] = [];
  for (const item of items) if (test(item, right)) out.push(item);
  return out;
}

type BinaryFn = (left: unknown, right: unknown, ctx: Ctx) => unknown;

/** Comparison operators filter when the left operand is a collection. */
function comparison(test: (l: unknown, r: unknown, ctx: Ctx) => boolean): BinaryFn {
  return (l, r, ctx) => {
    const items = l !== null && typeof l === 'object' ? enumerableItems(l) : null;
    if (items) return filterCollection(items, r, (i, rr) => test(i, rr, ctx));
    return test(l, r, ctx);
  };
}

function containsTest(collection: unknown, value: unknown, cs: boolean): boolean {
  const items = enumerableItems(collection) ?? [collection];
  for (const i of items) if (psEquals(i, value, cs)) return true;
  return false;
}

const comparisonNames = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'contains', 'notcontains', 'in', 'notin', 'replace', 'split']);

function binaryOperator(op: string): BinaryFn | null {
  // '-ceq' is case-sensitive, '-ieq' and '-eq' are not; '-in' and '-contains' have no prefix.
  const bare = op.slice(1);
  const prefixed = !comparisonNames.has(bare) && /^[ci]/.test(bare) && comparisonNames.has(bare.slice(1));
  const cs = prefixed && bare[0] === 'c';
  const name = prefixed ? bare.slice(1) : bare;
  switch (op) {
    case '+':
      return (l, r) => add(l, r);
    case '-':
      return (l, r) => subtract(l, r);
    case '*':
      return (l, r) => multiply(l, r);
    case '/':
      return (l, r) => divide(l, r);
    case '%':
      return (l, r) => remainder(l, r);
    case '..':
      return (l, r) => rangeOp(l, r);
    case '-f':
      return (l, r) => formatOperator(l, r);
    case '-band':
    case '-bor':
    case '-bxor':
    case '-shl':
    case '-shr':
      return (l, r) => bitwise(op, l, r);
    case '-is':
      return (l, r) => isInstanceOf(l, r);
    case '-isnot':
      return (l, r) => !isInstanceOf(l, r);
    case '-as':
      return (l, r) => asOp(l, r);
    case '-join':
      return (l, r) => joinOp(l, r);
    case '-xor':
      return (l, r) => toBool(l) !== toBool(r);
    default:
      break;
  }
  switch (name) {
    case 'eq':
      return comparison((l, r) => psEquals(l, r, cs));
    case 'ne':
      return comparison((l, r) => !psEquals(l, r, cs));
    case 'gt':
      return comparison((l, r) => psCompare(l, r, cs) > 0);
    case 'ge':
      return comparison((l, r) => psCompare(l, r, cs) >= 0);
    case 'lt':
      return comparison((l, r) => psCompare(l, r, cs) < 0);
    case 'le':
      return comparison((l, r) => psCompare(l, r, cs) <= 0);
    case 'like':
      return comparison((l, r) => likeOp(l, r, cs));
    case 'notlike':
      return comparison((l, r) => !likeOp(l, r, cs));
    case 'match':
      return (l, r, ctx) => matchOp(ctx, l, r, cs, false);
    case 'notmatch':
      return (l, r, ctx) => matchOp(ctx, l, r, cs, true);
    case 'contains':
      return (l, r) => containsTest(l, r, cs);
    case 'notcontains':
      return (l, r) => !containsTest(l, r, cs);
    case 'in':
      return (l, r) => containsTest(r, l, cs);
    case 'notin':
      return (l, r) => !containsTest(r, l, cs);
    case 'replace':
      return (l, r, ctx) => replaceOp(ctx, l, r, cs);
    case 'split':
      return (l, r, ctx) => splitOp(ctx, l, r, cs);
    default:
      return null;
  }
}

function formatOperator(format: unknown, args: unknown): string {
  const list = args === null ? [null] : (enumerableItems(args) ?? [args]);
  // An argument that is itself a collection prints as its type name, as .NET's String.Format does.
  return formatComposite(toStr(format), list, (v, f) => (Array.isArray(v) ? typeNameOf(v) : formatValue(v, f)));
}

function compileBinary(node: BinaryExpressionAst): Expr {
  const left = compileExpression(node.left);
  const right = compileExpression(node.right);
  const extent = node.extent;
  switch (node.operator) {
    case '-and':
      return (ctx) => toBool(left(ctx)) && toBool(right(ctx));
    case '-or':
      return (ctx) => toBool(left(ctx)) || toBool(right(ctx));
    case '??':
      return (ctx) => {
        const l = left(ctx);
        return l === null || l === undefined ? right(ctx) : l;
      };
    case '+':
      // The hot path of loops: two numbers.
      return (ctx) => {
        const l = left(ctx);
        const r = right(ctx);
        if (typeof l === 'number' && typeof r === 'number') {
          const s = l + r;
          if ((s | 0) === s) return s;
        }
        return at(extent, () => add(l, r));
      };
    case '*':
      return (ctx) => {
        const l = left(ctx);
        const r = right(ctx);
        if (typeof l === 'number' && typeof r === 'number') {
          const p = l * r;
          if ((p | 0) === p && (l | 0) === l && (r | 0) === r) return p;
        }
        return at(extent, () => multiply(l, r));
      };
    case '-lt':
    case '-ilt':
      return (ctx) => {
        const l = left(ctx);
        const r = right(ctx);
        if (typeof l === 'number' && typeof r === 'number') return l < r;
        return at(extent, () => binaryOperator('-lt')!(l, r, ctx));
      };
    default:
      break;
  }
  const fn = binaryOperator(node.operator);
  if (!fn) {
    return () => {
      throw runtimeError({ message: `The operator '${node.operator}' is not supported.`, id: 'OperatorNotSupported', extent });
    };
  }
  return (ctx) => {
    const l = left(ctx);
    const r = right(ctx);
    return at(extent, () => fn(l, r, ctx));
  };
}

function compileUnary(node: UnaryExpressionAst): Expr {
  const extent = node.extent;
  switch (node.operator) {
    case '++':
    case '--':
    case 'postfix++':
    case 'postfix--':
      return compileIncrement(node);
    default:
      break;
  }
  const child = compileExpression(node.child);
  switch (node.operator) {
    case '-not':
    case '!':
      return (ctx) => !toBool(child(ctx));
    case '-':
      return (ctx) =>
        at(extent, () => {
          const v = child(ctx);
          if (typeof v === 'number') return v === 0 ? 0 : -v;
          const n = asNumber(v);
          if (n === null) throw new OperatorError(`Cannot convert value "${toStr(v)}" to type "System.Int32".`, 'InvalidCastFromStringToInteger');
          return numericOp('-', 0, n);
        });
    case '+':
      return (ctx) =>
        at(extent, () => {
          const v = child(ctx);
          const n = asNumber(v);
          return n === null ? v : n;
        });
    case '-bnot':
      return (ctx) => at(extent, () => bnot(child(ctx)));
    case ',':
      return (ctx) => [child(ctx)];
    case '-split':
    case '-isplit':
    case '-csplit':
      return (ctx) => at(extent, () => unarySplit(child(ctx)));
    case '-join':
      return (ctx) => at(extent, () => joinOp(child(ctx), ''));
    default:
      return () => {
        throw runtimeError({ message: `The unary operator '${node.operator}' is not supported.`, id: 'OperatorNotSupported', extent });
      };
  }
}

function compileConvert(node: ConvertExpressionAst): Expr {
  const lower = node.typeName.toLowerCase();
  const extent = node.extent;
  if (lower === 'ordered' && node.child.kind === 'Hashtable') return compileHashtable(node.child, true);
  if ((lower === 'pscustomobject' || lower === 'system.management.automation.pscustomobject') && node.child.kind === 'Hashtable') {
    const h = compileHashtable(node.child, true);
    return (ctx) => hashtableToCustomObject(h(ctx) as PSHashtable);
  }
  if (lower === 'ref') {
    if (node.child.kind === 'VariableExpression') {
      const p = parseVariablePath(node.child.path);
      return (ctx) => {
        let v = findVariable(ctx, p);
        if (!v) {
          ctx.scope.setLocal(p.lower, p.name, null);
          v = findVariable(ctx, p)!;
        }
        const variable = v;
        return new PSReference(
          () => variable.value,
          (x) => {
            variable.value = x;
          },
        );
      };
    }
    const child = compileExpression(node.child);
    return (ctx) => {
      let value = child(ctx);
      return new PSReference(
        () => value,
        (x) => {
          value = x;
        },
      );
    };
  }
  const child = compileExpression(node.child);
  if (lower === 'void') {
    return (ctx) => {
      child(ctx);
      return null;
    };
  }
  let type: PSType | null = null;
  const customObject = lower === 'pscustomobject' || lower === 'system.management.automation.pscustomobject';
  return (ctx) => {
    type ??= requireType(node.typeName, extent);
    const v = child(ctx);
    const t = type;
    if (customObject && v instanceof PSHashtable) return hashtableToCustomObject(v);
    // [string] joins a collection with $OFS, as "$array" does.
    if (t.fullName === 'System.String' && v !== null && typeof v === 'object' && enumerableItems(v)) {
      const o = readVariable(ctx, { lower: 'ofs', name: 'OFS', scope: 'any' });
      return toStr(v, o === null ? ' ' : toStr(o));
    }
    return at(extent, () => convertToType(v, t));
  };
}

function memberName(ctx: Ctx, member: Expr): string {
  return toStr(member(ctx));
}

function compileMember(node: MemberExpressionAst): Expr {
  const target = compileExpression(node.target);
  const member = compileExpression(node.member);
  const constName = node.member.kind === 'StringConstant' ? node.member.value : null;
  const extent = node.extent;
  if (node.isStatic) {
    return (ctx) => {
      const t = target(ctx);
      const name = constName ?? memberName(ctx, member);
      if (!(t instanceof PSType)) return at(extent, () => getMemberValue(ctx, t, name));
      return at(extent, () => staticMember(ctx, t, name));
    };
  }
  const nullConditional = node.nullConditional;
  return (ctx) => {
    const t = target(ctx);
    if (nullConditional && t === null) return null;
    const name = constName ?? memberName(ctx, member);
    return at(extent, () => getMemberValue(ctx, t, name));
  };
}

function compileInvokeMember(node: InvokeMemberExpressionAst): Expr {
  const target = compileExpression(node.target);
  const member = compileExpression(node.member);
  const args = node.arguments.map(compileExpression);
  const constName = node.member.kind === 'StringConstant' ? node.member.value : null;
  const extent = node.extent;
  const isStatic = node.isStatic;
  const nullConditional = node.nullConditional;
  return (ctx) => {
    const t = target(ctx);
    if (nullConditional && t === null) return null;
    const name = constName ?? memberName(ctx, member);
    const values = args.map((a) => a(ctx));
    return at(extent, () => {
      if (isStatic && t instanceof PSType) return callStatic(ctx, t, name, values);
      if (t instanceof ScriptBlockValue && (name.toLowerCase() === 'invoke' || name.toLowerCase() === 'invokereturnasis')) {
        return unwrapOutput(invokeScriptBlockValue(ctx, t, values));
      }
      return callMethod(ctx, t, name, values);
    });
  };
}

function invokeScriptBlockValue(ctx: Ctx, sb: ScriptBlockValue, args: unknown[]): unknown[] {
  return invokeBlock(ctx, sb, { args, newScope: true });
}

function compileIndex(node: IndexExpressionAst): Expr {
  const target = compileExpression(node.target);
  const index = compileExpression(node.index);
  const extent = node.extent;
  const nullConditional = node.nullConditional;
  return (ctx) => {
    const t = target(ctx);
    if (t === null || t === undefined) {
      if (nullConditional) return null;
      throw runtimeError({ message: 'Cannot index into a null array.', id: 'NullArray', category: 'InvalidOperation', extent });
    }
    const i = index(ctx);
    return at(extent, () => indexValue(ctx, t, i));
  };
}


/** `[pscustomobject]@{...}`: note properties in order; a `PSTypeName` key names the object's type. */
function hashtableToCustomObject(table: PSHashtable): PSObject {
  const o = new PSObject();
  for (const [k, v] of table.pairs()) {
    const name = toStr(k);
    if (name.toLowerCase() === 'pstypename') o.typeNames = [toStr(v), ...o.typeNames];
    else o.setNote(name, v);
  }
  return o;
}
