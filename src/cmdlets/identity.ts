/**
 * Who a tenant cmdlet runs as (DESIGN.md Identity): the module's own connection when Connect-*
 * ran; else `--as`, else the tenant's autoConnectAs; else the module's real "connect first" error.
 * A failed or ended connection has no fallback.
 */
import type { CmdletCall } from '../runtime/commands/CmdletCall.js';
import type { Principal, Tenant } from '../tenant/index.js';
import { tenantSession, type ModuleName } from './session.js';
import { tenantFileFailure } from './tenantErrors.js';
import { TenantFileError } from '../tenant/index.js';
import { runtimeError } from '../runtime/errors.js';
import { markScriptTerminating } from '../runtime/compile/statements.js';

/** The module's "you must connect first" error (directory-cmdlets.md E1-E3, exchange-onedrive-cmdlets.md). */
const connectFirst: Record<ModuleName, () => { message: string; id: string }> = {
  MSOnline: () => ({
    message: 'You must call the Connect-MsolService cmdlet before calling any other cmdlets.',
    id: 'Microsoft.Online.Administration.Automation.MicrosoftOnlineException',
  }),
  AzureAD: () => ({
    message: 'You must call the Connect-AzureAD cmdlet before calling any other cmdlets.',
    id: 'Microsoft.Open.Azure.AD.CommonLibrary.AadNeedAuthenticationException',
  }),
  Graph: () => ({ message: 'Authentication needed. Please call Connect-MgGraph.', id: 'AuthenticationNeeded' }),
  ExchangeOnline: () => ({ message: 'You must call Connect-ExchangeOnline before calling any other cmdlet.', id: 'NotConnected' }),
  SharePoint: () => ({
    message: 'No connection available. Use Connect-SPOService before running this CmdLet.',
    id: 'Microsoft.SharePoint.Client.ServerUnauthorizedAccessException',
  }),
};

/** The open tenant, or the command fails with the tenant file's problem (missing, corrupt, in use). */
export function tenantOf(c: CmdletCall<unknown>): Tenant {
  const session = tenantSession(c);
  try {
    return session.tenant();
  } catch (e) {
    // Without its tenant the script cannot go on: the error ends the run (exit 1), as DESIGN.md asks.
    if (e instanceof TenantFileError) throw markScriptTerminating(runtimeError({ ...tenantFileFailure(e), commandName: c.commandName, extent: c.extent }));
    throw e;
  }
}

export function callerOf(c: CmdletCall<unknown>, module: ModuleName): Principal {
  const session = tenantSession(c);
  const tenant = tenantOf(c);
  const conn = session.connection(module);
  if (conn.state === 'connected') return conn.principal;
  if (conn.state === 'none') {
    const p = tenant.identity.defaultPrincipal(session.asUpn);
    if (p) return p;
  }
  const e = connectFirst[module]();
  return c.fail({
    message: e.message,
    id: e.id,
    category: module === 'Graph' ? 'NotSpecified' : 'OperationStopped',
    exceptionType: module === 'Graph' ? 'System.Exception' : 'Microsoft.Online.Administration.Automation.MicrosoftOnlineException',
  });
}
