/**
 * The frame of every MSOnline cmdlet: who it runs as (DESIGN.md Identity; MSOnline lets only
 * admins in) and how a tenant refusal reaches the script (a non-terminating error per pipeline
 * object, directory-cmdlets.md 1.2; `-ErrorAction Stop` makes it catchable), with the service's
 * warnings on the warning stream.
 */
import type { CmdletCall } from '../../runtime/commands/CmdletCall.js';
import { TenantError, type Principal, type Tenant, type TenantWarning } from '../../tenant/index.js';
import { callerOf, tenantOf } from '../identity.js';
import { msolAccessDenied, msolError, msolWarning } from './errors.js';

export interface MsolContext {
  readonly tenant: Tenant;
  readonly caller: Principal;
}

/** The tenant and the MSOnline identity; a signed-in user without an admin role gets E4. */
export function msolContext(c: CmdletCall<unknown>): MsolContext {
  const tenant = tenantOf(c);
  const caller = callerOf(c, 'MSOnline');
  if (!tenant.identity.access.isAdmin(caller)) c.fail(msolAccessDenied());
  return { tenant, caller };
}

/**
 * Runs one tenant operation for one pipeline object: a refusal becomes MSOnline's non-terminating
 * error (undefined is returned), warnings go to the warning stream.
 */
export function msolRun<T>(c: CmdletCall<unknown>, target: unknown, body: () => T): T | undefined {
  try {
    return body();
  } catch (e) {
    if (e instanceof TenantError) {
      c.writeError(msolError(e.problem, target));
      return undefined;
    }
    throw e;
  }
}

export function writeMsolWarnings(c: CmdletCall<unknown>, warnings: readonly TenantWarning[]): void {
  for (const w of warnings) c.writeWarning(msolWarning(w));
}
