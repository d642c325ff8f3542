/**
 * The -Scope argument of the variable and alias cmdlets: Global, Script, Local (or Private), or a
 * number of scopes up from the caller's (0 is the caller's own scope), with pwsh's error texts.
 */
import type { ErrorSpec } from '../../../runtime/errors.js';
import type { Scope } from '../../../runtime/scope.js';
import { qualifiedErrorId } from './commandIds.js';

export type ScopeResolution = { scope: Scope } | { error: ErrorSpec };

export function resolveScopeArgument(callerScope: Scope, scopeText: string, cmdletName: string): ScopeResolution {
  const text = scopeText.trim();
  switch (text.toLowerCase()) {
    case 'global':
      return { scope: callerScope.globalScope() };
    case 'script':
      return { scope: callerScope.scriptScope() };
    case 'local':
    case 'private':
      return { scope: callerScope };
  }
  if (!/^\d+$/.test(text)) {
    return {
      error: {
        message:
          'Cannot process argument because the value of parameter "Scope" is not valid. Valid values are "Global", "Local", or "Script", or a number relative to the current scope (0 through the number of scopes where 0 is the current scope and 1 is its parent). Change the value of the "Scope" parameter and run the operation again.',
        id: qualifiedErrorId('Argument', cmdletName),
        category: 'InvalidArgument',
        exceptionType: 'System.Management.Automation.PSArgumentException',
      },
    };
  }
  const levels = Number(text);
  let scope: Scope | null = callerScope;
  for (let i = 0; i < levels && scope; i++) scope = scope.parent;
  if (!scope) {
    return {
      error: {
        message: `The scope number '${levels}' exceeds the number of active scopes. (Parameter 'Scope')\nActual value was ${levels}.`,
        id: qualifiedErrorId('ArgumentOutOfRange', cmdletName),
        category: 'InvalidArgument',
        exceptionType: 'System.Management.Automation.PSArgumentOutOfRangeException',
      },
    };
  }
  return { scope };
}
