/**
 * Where-Object: a script block filter, or the simplified syntax `Where-Object Name -eq 'x'` with
 * one switch per comparison operator (each its own parameter set, as in pwsh).
 */
import { defineCmdlet, param, type ParamDecl } from '../../runtime/commands/defineCmdlet.js';
import { toBool } from '../../runtime/convert/toBoolean.js';
import { getMemberValue } from '../../runtime/compile/memberAccess.js';
import { psCompare, psEquals } from '../../runtime/operators/compare.js';
import { likeOp, matchOp } from '../../runtime/operators/textOps.js';
import { isInstanceOf } from '../../runtime/operators/typeOps.js';
import { enumerableItems } from '../../runtime/values/enumerate.js';
import { at } from '../../runtime/compile/errorsAt.js';
import type { Ctx } from '../../runtime/compile/Ctx.js';

type Test = (ctx: Ctx, left: unknown, right: unknown) => boolean;
const contains = (coll: unknown, v: unknown, cs: boolean): boolean => (enumerableItems(coll) ?? [coll]).some((x) => psEquals(x, v, cs));

const operators: Record<string, Test> = {
  EQ: (_c, l, r) => psEquals(l, r),
  CEQ: (_c, l, r) => psEquals(l, r, true),
  NE: (_c, l, r) => !psEquals(l, r),
  CNE: (_c, l, r) => !psEquals(l, r, true),
  GT: (_c, l, r) => psCompare(l, r) > 0,
  CGT: (_c, l, r) => psCompare(l, r, true) > 0,
  GE: (_c, l, r) => psCompare(l, r) >= 0,
  CGE: (_c, l, r) => psCompare(l, r, true) >= 0,
  LT: (_c, l, r) => psCompare(l, r) < 0,
  CLT: (_c, l, r) => psCompare(l, r, true) < 0,
  LE: (_c, l, r) => psCompare(l, r) <= 0,
  CLE: (_c, l, r) => psCompare(l, r, true) <= 0,
  Like: (_c, l, r) => likeOp(l, r, false),
  CLike: (_c, l, r) => likeOp(l, r, true),
  NotLike: (_c, l, r) => !likeOp(l, r, false),
  CNotLike: (_c, l, r) => !likeOp(l, r, true),
  Match: (c, l, r) => toBool(matchOp(c, l, r, false, false)),
  CMatch: (c, l, r) => toBool(matchOp(c, l, r, true, false)),
  NotMatch: (c, l, r) => toBool(matchOp(c, l, r, false, true)),
  CNotMatch: (c, l, r) => toBool(matchOp(c, l, r, true, true)),
  Contains: (_c, l, r) => contains(l, r, false),
  CContains: (_c, l, r) => contains(l, r, true),
  NotContains: (_c, l, r) => !contains(l, r, false),
  CNotContains: (_c, l, r) => !contains(l, r, true),
  In: (_c, l, r) => contains(r, l, false),
  CIn: (_c, l, r) => contains(r, l, true),
  NotIn: (_c, l, r) => !contains(r, l, false),
  CNotIn: (_c, l, r) => !contains(r, l, true),
  Is: (_c, l, r) => isInstanceOf(l, r),
  IsNot: (_c, l, r) => !isInstanceOf(l, r),
  Not: (_c, l) => !toBool(l),
};

const setOf = (op: string): string => (op === 'EQ' ? 'EqualSet' : `${op}Set`);
const operatorSets = Object.keys(operators).filter((o) => o !== 'EQ').map(setOf);
const operatorParams: Record<string, ParamDecl<boolean>> = {};
for (const op of Object.keys(operators)) {
  operatorParams[op] = param.switch({ sets: { [setOf(op)]: { mandatory: op !== 'EQ' } }, ...(op === 'EQ' ? { aliases: ['IEQ'] } : {}) });
}

export default defineCmdlet({
  name: 'Where-Object',
  module: 'Microsoft.PowerShell.Core',
  aliases: ['?', 'where'],
  defaultParameterSet: 'EqualSet',
  synopsis: 'Selects objects from a collection based on their property values.',
  parameters: {
    InputObject: param.psobject({ fromPipeline: true }),
    FilterScript: param.scriptBlock({ sets: { ScriptBlockSet: { mandatory: true, position: 0 } } }),
    Property: param.string({ sets: Object.fromEntries(['EqualSet', ...operatorSets].map((s) => [s, { mandatory: true, position: 0 }])) }),
    Value: param.object({ sets: Object.fromEntries(['EqualSet', ...operatorSets.filter((s) => s !== 'NotSet')].map((s) => [s, { position: 1 }])) }),
    ...operatorParams,
  },
  invoke: (c) => {
    const results: unknown[] = [];
    let filter: ((input: unknown) => void) | null = null;
    return {
    process() {
      const input = c.params.InputObject === undefined ? null : c.params.InputObject;
      if (c.params.FilterScript) {
        filter ??= c.blockRunner(c.params.FilterScript, false, (v) => void results.push(v));
        results.length = 0;
        filter(input);
        if (toBool(results.length === 1 ? results[0] : results.length === 0 ? null : results)) c.write(input);
        return;
      }
      const ctx = c.callerCtx;
      const left = at(c.extent, () => getMemberValue(ctx, input, c.params.Property!));
      const op = Object.keys(operators).find((o) => c.isBound(o));
      const ok = op
        ? at(c.extent, () => operators[op]!(ctx, left, c.params.Value ?? null))
        : c.isBound('Value')
          ? psEquals(left, c.params.Value)
          : toBool(left);
      if (ok) c.write(input);
    },
    };
  },
});
