/** The ExpressionEvaluator the formatter needs: calculated-property expressions run in the caller's scope. */
import type { Ctx } from '../../runtime/compile/Ctx.js';
import type { ExpressionEvaluator } from '../../runtime/format/propertySelection.js';
import { propertySpec } from './calculatedProperty.js';

export function evaluatorFor(ctx: Ctx): ExpressionEvaluator {
  return (expression, item) => propertySpec(expression).read(ctx, item);
}
