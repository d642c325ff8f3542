/**
 * `function f($a, $b) { }` declares its parameters after the name; pwsh treats them as the body's
 * param() block. This builds that equivalent script block AST once per definition.
 */
import type { ParameterAst, ScriptBlockAst } from '../../language/ast.js';

const cache = new WeakMap<ScriptBlockAst, ScriptBlockAst>();

export function withLeadingParameters(body: ScriptBlockAst, parameters: ParameterAst[]): ScriptBlockAst {
  const cached = cache.get(body);
  if (cached) return cached;
  const first = parameters[0];
  const result: ScriptBlockAst = {
    ...body,
    paramBlock: {
      kind: 'ParamBlock',
      extent: first ? { ...first.extent } : body.extent,
      attributes: body.paramBlock?.attributes ?? [],
      parameters: [...parameters, ...(body.paramBlock?.parameters ?? [])],
    },
  };
  cache.set(body, result);
  return result;
}
