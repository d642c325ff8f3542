/** The scope a -Scope argument names for a cmdlet call (null when -Scope was not given); a bad value fails the call. */
import type { CmdletCall } from '../../../runtime/commands/CmdletCall.js';
import type { Scope } from '../../../runtime/scope.js';
import { resolveScopeArgument } from './scopeArgument.js';

export function targetScope(c: CmdletCall<{ Scope?: string }>): Scope | null {
  if (c.params.Scope === undefined) return null;
  const r = resolveScopeArgument(c.callerCtx.scope, c.params.Scope, c.commandName);
  if ('error' in r) c.fail(r.error);
  return r.scope;
}
