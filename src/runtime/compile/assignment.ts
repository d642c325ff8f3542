/**
 * Assignment targets (about_Assignment_Operators): variables (optionally with a type constraint,
 * `[int]$n = '5'`), properties, indexes, and several variables at once (`$a, $b = 1, 2`); plus the
 * increment and decrement operators.
 */
import type { ExpressionAst, UnaryExpressionAst } from '../../language/ast.js';
import { runtimeError } from '../errors.js';
import { add, subtract } from '../operators/arithmetic.js';
import { convertToType } from '../convert/convertTo.js';
import { PSVariable } from '../scope.js';
import { toStr } from '../convert/toStringValue.js';
import { at } from './errorsAt.js';
import type { Ctx, Expr } from './Ctx.js';
import { compileExpression, requireType } from './expressions.js';
import { setMemberValue, getMemberValue } from './memberAccess.js';
import { indexValue, setIndexValue } from './indexing.js';
import { assignChecked, findVariable, parseVariablePath, writeVariable } from './variables.js';
import { enumerableItems } from '../values/enumerate.js';
import { PSType } from '../types/PSType.js';
import { classOf, setClassStaticProperty } from '../classes/classRuntime.js';

export interface AssignmentTarget {
  get(ctx: Ctx): unknown;
  set(ctx: Ctx, value: unknown): void;
  /** `+=` and friends read the variable in the current scope only (pwsh's own behaviour). */
  getForCompound?(ctx: Ctx): unknown;
}

export function compileAssignmentTarget(node: ExpressionAst): AssignmentTarget {
  const extent = node.extent;
  switch (node.kind) {
    case 'VariableExpression': {
      const p = parseVariablePath(node.path);
      return {
        get: (ctx) => {
          const v = findVariable(ctx, p);
          return v ? v.value : null;
        },
        getForCompound: (ctx) => {
          if (p.scope !== 'any') {
            const v = findVariable(ctx, p);
            return v ? v.value : null;
          }
          const v = ctx.scope.vars.get(p.lower);
          return v ? v.value : null;
        },
        set: (ctx, value) => writeVariable(ctx, p, value, extent),
      };
    }
    case 'ConvertExpression': {
      if (node.child.kind !== 'VariableExpression') break;
      const p = parseVariablePath(node.child.path);
      const typeName = node.typeName;
      return {
        get: (ctx) => findVariable(ctx, p)?.value ?? null,
        set: (ctx, value) => {
          const type = requireType(typeName, extent);
          const converted = at(extent, () => convertToType(value, type));
          const scope = p.scope === 'global' ? ctx.scope.globalScope() : p.scope === 'script' ? ctx.scope.scriptScope() : ctx.scope;
          let v = scope.vars.get(p.lower);
          if (!v) {
            v = new PSVariable(p.name, converted);
            scope.vars.set(p.lower, v);
          } else assignChecked(v, converted, extent);
          v.value = converted;
          v.attributes = { ...(v.attributes ?? {}), typeConstraint: type };
        },
      };
    }
    case 'AttributedExpression':
      return compileAssignmentTarget(node.child);
    case 'MemberExpression': {
      const target = compileExpression(node.target);
      const member = compileExpression(node.member);
      return {
        get: (ctx) => at(extent, () => getMemberValue(ctx, target(ctx), toStr(member(ctx)))),
        set: (ctx, value) => {
          const t = target(ctx);
          const name = toStr(member(ctx));
          if (t instanceof PSType) {
            const cls = classOf(ctx, t.fullName);
            if (cls && setClassStaticProperty(cls, name, value)) return;
          }
          at(extent, () => setMemberValue(ctx, t, name, value));
        },
      };
    }
    case 'IndexExpression': {
      const target = compileExpression(node.target);
      const index = compileExpression(node.index);
      return {
        get: (ctx) => at(extent, () => indexValue(ctx, target(ctx), index(ctx))),
        set: (ctx, value) => {
          const t = target(ctx);
          const i = index(ctx);
          at(extent, () => setIndexValue(t, i, value));
        },
      };
    }
    case 'ArrayLiteral': {
      const targets = node.elements.map(compileAssignmentTarget);
      return {
        get: () => null,
        set: (ctx, value) => {
          const items = enumerableItems(value) ?? [value];
          targets.forEach((t, i) => {
            if (i < targets.length - 1) t.set(ctx, i < items.length ? items[i] : null);
            else {
              const rest = items.slice(i);
              t.set(ctx, rest.length === 0 ? null : rest.length === 1 ? rest[0] : rest);
            }
          });
        },
      };
    }
    case 'ParenExpression':
      if (node.pipeline.kind === 'Pipeline' && node.pipeline.elements.length === 1 && node.pipeline.elements[0]!.kind === 'CommandExpression') {
        return compileAssignmentTarget(node.pipeline.elements[0]!.expression);
      }
      break;
    default:
      break;
  }
  return {
    get: () => null,
    set: () => {
      throw runtimeError({
        message: 'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.',
        id: 'InvalidLeftHandSide',
        category: 'ParserError',
        extent,
      });
    },
  };
}

export function compileIncrement(node: UnaryExpressionAst): Expr {
  const target = compileAssignmentTarget(node.child);
  const extent = node.extent;
  const delta = node.operator.endsWith('++') ? 1 : -1;
  const postfix = node.operator.startsWith('postfix');
  return (ctx) => {
    const old = target.get(ctx);
    const next = at(extent, () => (delta > 0 ? add(old ?? 0, 1) : subtract(old ?? 0, 1)));
    target.set(ctx, next);
    return postfix ? old : next;
  };
}
