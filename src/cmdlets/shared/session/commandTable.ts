/**
 * Every command visible from the caller, as Get-Command and Get-Help look them up: aliases,
 * functions (nearest scope first) and cmdlets, in pwsh's precedence order.
 */
import type { Ctx } from '../../../runtime/compile/Ctx.js';
import type { Scope } from '../../../runtime/scope.js';
import type { FunctionInfo } from '../../../runtime/functions/FunctionInfo.js';
import { scriptMetadata } from '../../../runtime/functions/scriptParameters.js';
import { CmdletCommandInfo, FunctionCommandInfo, type AnyCommandInfo } from './commandInfo.js';
import { listAliases } from './aliasStore.js';

function visibleFunctions(ctx: Ctx): FunctionCommandInfo[] {
  const seen = new Map<string, FunctionCommandInfo>();
  for (let s: Scope | null = ctx.scope; s; s = s.parent) {
    for (const [lower, f] of s.functions) {
      if (seen.has(lower)) continue;
      const fn = f as FunctionInfo;
      seen.set(lower, new FunctionCommandInfo(fn, scriptMetadata(ctx, fn.name, fn.scriptBlock.ast, null)));
    }
  }
  return [...seen.values()];
}

/** Aliases, then functions, then cmdlets: the order a name is resolved in. */
export function allCommands(ctx: Ctx): AnyCommandInfo[] {
  const cmdlets = [...ctx.rt.cmdlets.values()].map((c) => new CmdletCommandInfo(c));
  return [...listAliases(ctx, null), ...visibleFunctions(ctx), ...cmdlets];
}

export function commandTypeName(info: AnyCommandInfo): string {
  if (info instanceof CmdletCommandInfo) return 'Cmdlet';
  if (info instanceof FunctionCommandInfo) return info.kind;
  return 'Alias';
}
