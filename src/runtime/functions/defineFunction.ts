/** `function Name { }` and `filter Name { }`: defined in the current scope when the statement runs. */
import type { FunctionDefinitionAst } from '../../language/ast.js';
import type { Ctx } from '../compile/Ctx.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import type { FunctionInfo } from './FunctionInfo.js';
import { withLeadingParameters } from './leadingParameters.js';

export function defineFunction(ctx: Ctx, def: FunctionDefinitionAst): void {
  const body = def.parameters ? withLeadingParameters(def.body, def.parameters) : def.body;
  const text = body.extent.source.text.slice(body.extent.start + 1, body.extent.end - 1);
  const info: FunctionInfo = {
    kind: def.isFilter ? 'Filter' : 'Function',
    name: def.name,
    scriptBlock: new ScriptBlockValue(body, text, def.isFilter),
  };
  let name = def.name;
  let scope = ctx.scope;
  const m = /^(global|script|local|private):(.*)$/i.exec(name);
  if (m) {
    name = m[2]!;
    const which = m[1]!.toLowerCase();
    if (which === 'global') scope = ctx.scope.globalScope();
    else if (which === 'script') scope = ctx.scope.scriptScope();
  }
  scope.functions.set(name.toLowerCase(), { ...info, name });
}
