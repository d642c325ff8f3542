/**
 * A script block's compiled form, cached on its AST: the named blocks as statement closures and the
 * parameter metadata its param() block declares (built when first needed, because attribute
 * arguments are expressions evaluated in the defining scope).
 */
import type { ParameterAst, ScriptBlockAst } from '../../language/ast.js';
import type { Stmt } from '../compile/Ctx.js';
import { compileStatementList } from '../compile/statements.js';

export interface CompiledScriptBlock {
  readonly ast: ScriptBlockAst;
  readonly parameters: readonly ParameterAst[];
  readonly begin: Stmt | null;
  readonly process: Stmt | null;
  readonly end: Stmt | null;
  /** [CmdletBinding()] on the param block, or [Parameter()] on any parameter. */
  readonly isAdvanced: boolean;
}

const cache = new WeakMap<ScriptBlockAst, CompiledScriptBlock>();

export function compileScriptBlock(ast: ScriptBlockAst, extraParameters: readonly ParameterAst[] | null = null): CompiledScriptBlock {
  const cached = cache.get(ast);
  if (cached) return cached;
  const block = (b: ScriptBlockAst['begin']): Stmt | null => (b ? compileStatementList(b.statements, b.traps) : null);
  const parameters = [...(extraParameters ?? []), ...(ast.paramBlock?.parameters ?? [])];
  const isAdvanced =
    (ast.paramBlock?.attributes.some((a) => a.typeName.toLowerCase() === 'cmdletbinding') ?? false) ||
    parameters.some((p) => p.attributes.some((a) => a.kind === 'Attribute' && a.typeName.toLowerCase() === 'parameter'));
  const compiled: CompiledScriptBlock = {
    ast,
    parameters,
    begin: block(ast.begin),
    process: block(ast.process),
    end: block(ast.end),
    isAdvanced,
  };
  cache.set(ast, compiled);
  return compiled;
}
