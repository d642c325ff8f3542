/**
 * The frame of every Microsoft Graph cmdlet: who it runs as (DESIGN.md Identity for the Graph
 * module; E3 when nobody is signed in), and how a failed request reaches the script: a
 * non-terminating error named after the cmdlet's variant (`Remove-MgUser_Delete`), catchable with
 * -ErrorAction Stop.
 */
import type { CmdletCall } from '../../runtime/commands/CmdletCall.js';
import { TenantError, type Principal, type Tenant } from '../../tenant/index.js';
import { callerOf, tenantOf } from '../identity.js';
import { tenantSession } from '../session.js';
import { graphErrorRecord, graphFailure, type GraphFailure } from './errors.js';

export interface GraphContext {
  readonly tenant: Tenant;
  readonly caller: Principal;
  /** `Get-MgUser_Get`: the cmdlet's name and the parameter set, as the SDK's error view shows it. */
  readonly variant: string;
}

export const variantOf = (c: CmdletCall<unknown>): string => `${c.commandName}_${c.parameterSetName}`;

/**
 * The tenant and the Graph identity. Without a connection (none, and no --as or autoConnectAs; or a
 * Disconnect-MgGraph) the SDK's E3, `Get-MgUser_List: Authentication needed. Please call Connect-MgGraph.`
 */
export function graphContext(c: CmdletCall<unknown>): GraphContext {
  const tenant = tenantOf(c);
  const variant = variantOf(c);
  const session = tenantSession(c);
  const conn = session.connection('Graph');
  const signedIn =
    conn.state === 'connected' || (conn.state === 'none' && tenant.identity.defaultPrincipal(session.asUpn) !== null);
  if (!signedIn) {
    const record = graphErrorRecord(
      c,
      variant,
      { message: 'Authentication needed. Please call Connect-MgGraph.', code: 'AuthenticationNeeded', status: 403 },
      null,
      tenant.clock.now().toISOString(),
    );
    record.errorDetailsMessage = null;
    c.fail(record);
  }
  return { tenant, caller: callerOf(c, 'Graph'), variant };
}

/** Writes a Graph failure for this call (non-terminating). */
export function writeGraphFailure(c: CmdletCall<unknown>, g: GraphContext, failure: GraphFailure, target: unknown): void {
  c.writeError(graphErrorRecord(c, g.variant, failure, target, g.tenant.clock.now().toISOString()));
}

/** Runs one request; a tenant refusal becomes the Graph error and undefined is returned. */
export function graphRun<T>(c: CmdletCall<unknown>, g: GraphContext, target: unknown, body: () => T): T | undefined {
  try {
    return body();
  } catch (e) {
    if (e instanceof TenantError) {
      writeGraphFailure(c, g, graphFailure(e.problem), target);
      return undefined;
    }
    throw e;
  }
}
