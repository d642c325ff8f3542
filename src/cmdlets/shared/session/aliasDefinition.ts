/** What Set-Alias and New-Alias share: checks, ShouldProcess, the definition and -PassThru. */
import type { CmdletCall } from '../../../runtime/commands/CmdletCall.js';
import { aliasAlreadyExists, aliasNotWritable, defineAlias, isProtectedAlias, listAliases } from './aliasStore.js';
import { targetScope } from './targetScope.js';

interface AliasParams {
  Name?: string;
  Value?: string;
  Description?: string;
  PassThru?: boolean;
  Scope?: string;
  Force?: boolean;
}

export function aliasDefinitionCmdlet(c: CmdletCall<AliasParams>, how: { isNew: boolean; options: string | undefined }): void {
  const name = c.params.Name ?? '';
  const value = c.params.Value ?? '';
  const scope = targetScope(c) ?? c.callerCtx.scope;
  const lower = name.toLowerCase();
  const force = c.params.Force ?? false;
  const existsHere = scope.aliases.has(lower) || (isProtectedAlias(c.callerCtx, scope, lower, false) && c.callerCtx.rt.cmdletAliases.has(lower));
  if (how.isNew && existsHere && !force) {
    c.writeError(aliasAlreadyExists(name, c.commandName));
    return;
  }
  if (isProtectedAlias(c.callerCtx, scope, lower, force)) {
    c.writeError(aliasNotWritable(name, c.commandName));
    return;
  }
  if (!c.shouldProcess(`Name: ${name} Value: ${value}`, how.isNew ? 'New Alias' : 'Set Alias')) return;
  defineAlias(scope, name, value, c.params.Description, how.options);
  if (c.params.PassThru) {
    const info = listAliases(c.callerCtx, scope).find((a) => a.name.toLowerCase() === lower);
    if (info) c.write(info);
  }
}
