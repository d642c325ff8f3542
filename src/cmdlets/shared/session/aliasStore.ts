/**
 * Aliases as Get-Alias, Set-Alias and New-Alias see them: those a script defined (in the scopes'
 * alias maps, nearest first) and the built-in cmdlet aliases (read-only, as in pwsh). The scopes
 * keep only name -> definition; the name as written, the description and the options are kept
 * here beside each scope.
 */
import type { Ctx } from '../../../runtime/compile/Ctx.js';
import type { Scope } from '../../../runtime/scope.js';
import type { ErrorSpec } from '../../../runtime/errors.js';
import { scriptMetadata } from '../../../runtime/functions/scriptParameters.js';
import type { FunctionInfo } from '../../../runtime/functions/FunctionInfo.js';
import { AliasCommandInfo, CmdletCommandInfo, FunctionCommandInfo } from './commandInfo.js';
import { qualifiedErrorId } from './commandIds.js';

interface AliasDetails {
  readonly name: string;
  description: string;
  options: string;
}

const details = new WeakMap<Scope, Map<string, AliasDetails>>();

function detailsOf(scope: Scope): Map<string, AliasDetails> {
  let m = details.get(scope);
  if (!m) {
    m = new Map();
    details.set(scope, m);
  }
  return m;
}

/** Defines (or redefines) an alias in `scope`. */
export function defineAlias(scope: Scope, name: string, definition: string, description: string | undefined, options: string | undefined): void {
  const lower = name.toLowerCase();
  scope.aliases.set(lower, definition);
  const previous = detailsOf(scope).get(lower);
  detailsOf(scope).set(lower, {
    name,
    description: description ?? previous?.description ?? '',
    options: options ?? previous?.options ?? 'None',
  });
}

export function aliasOptions(scope: Scope, lowerName: string): string {
  return detailsOf(scope).get(lowerName)?.options ?? 'None';
}

/** The command an alias's definition names, as Get-Command would describe it. */
export function resolveCommandInfo(ctx: Ctx, name: string): CmdletCommandInfo | FunctionCommandInfo | null {
  const lower = name.toLowerCase();
  const fn = ctx.scope.lookupFunction(lower) as FunctionInfo | undefined;
  if (fn) return new FunctionCommandInfo(fn, scriptMetadata(ctx, fn.name, fn.scriptBlock.ast, null));
  const cmdlet = ctx.rt.cmdlets.get(lower);
  return cmdlet ? new CmdletCommandInfo(cmdlet) : null;
}

function scopeAliases(ctx: Ctx, scope: Scope, into: Map<string, AliasCommandInfo>): void {
  for (const [lower, definition] of scope.aliases) {
    if (into.has(lower)) continue;
    const d = detailsOf(scope).get(lower);
    into.set(lower, new AliasCommandInfo(d?.name ?? lower, definition, d?.options ?? 'None', d?.description ?? '', resolveCommandInfo(ctx, definition)));
  }
}

function builtinAliases(ctx: Ctx, into: Map<string, AliasCommandInfo>): void {
  for (const [lower, definition] of ctx.rt.cmdletAliases) {
    if (into.has(lower)) continue;
    into.set(lower, new AliasCommandInfo(lower, definition, 'ReadOnly', '', resolveCommandInfo(ctx, definition)));
  }
}

/** Every alias visible from the caller (or those of one scope, the built-in ones counting as global). */
export function listAliases(ctx: Ctx, only: Scope | null): AliasCommandInfo[] {
  const found = new Map<string, AliasCommandInfo>();
  if (only) {
    scopeAliases(ctx, only, found);
    if (only.parent === null) builtinAliases(ctx, found);
  } else {
    for (let s: Scope | null = ctx.scope; s; s = s.parent) scopeAliases(ctx, s, found);
    builtinAliases(ctx, found);
  }
  return [...found.values()];
}

export function aliasNotFound(name: string, cmdletName: string): ErrorSpec {
  return {
    message: `This command cannot find a matching alias because an alias with the name '${name}' does not exist.`,
    id: qualifiedErrorId('ItemNotFoundException', cmdletName),
    category: 'ObjectNotFound',
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
    target: name,
  };
}

export function aliasAlreadyExists(name: string, cmdletName: string): ErrorSpec {
  return {
    message: `The alias is not allowed, because an alias with the name '${name}' already exists.`,
    id: qualifiedErrorId('AliasAlreadyExists', cmdletName),
    category: 'ResourceExists',
    exceptionType: 'System.Management.Automation.SessionStateException',
    target: name,
  };
}

export function aliasNotWritable(name: string, cmdletName: string): ErrorSpec {
  return {
    message: `Alias is not writeable because alias ${name} is read-only or constant and cannot be written to.`,
    id: qualifiedErrorId('AliasNotWritable', cmdletName),
    category: 'WriteError',
    exceptionType: 'System.Management.Automation.SessionStateUnauthorizedAccessException',
    target: name,
  };
}

/** Whether `name` is an alias that may not be overwritten (a built-in one, or one made read-only/constant). */
export function isProtectedAlias(ctx: Ctx, scope: Scope, lower: string, force: boolean): boolean {
  if (scope.aliases.has(lower)) {
    const o = aliasOptions(scope, lower);
    return o.includes('Constant') || (o.includes('ReadOnly') && !force);
  }
  return ctx.rt.cmdletAliases.has(lower) && !force && isSessionTop(scope);
}

/**
 * The global scope, or the top-level script's scope: `pwsh -File` runs the script in the global
 * scope, where the built-in aliases live, while tenantsh gives it a script scope of its own.
 */
function isSessionTop(scope: Scope): boolean {
  return scope.parent === null || (scope.kind === 'script' && scope.parent.parent === null);
}
