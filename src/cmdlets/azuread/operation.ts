/**
 * The frame of every AzureAD cmdlet: who it runs as (DESIGN.md Identity; AzureAD lets any user
 * in) and how a refusal reaches the script: a terminating error in the service's frame
 * (directory-cmdlets.md 1.2; T-DEL-6), so `-ErrorAction SilentlyContinue` does not silence it.
 */
import type { CmdletCall } from '../../runtime/commands/CmdletCall.js';
import { TenantError, type Principal, type Tenant, type TenantWarning } from '../../tenant/index.js';
import { callerOf, tenantOf } from '../identity.js';
import { msolWarning } from '../msonline/errors.js';
import { aadError } from './errors.js';

export interface AadContext {
  readonly tenant: Tenant;
  readonly caller: Principal;
}

export function aadContext(c: CmdletCall<unknown>): AadContext {
  const tenant = tenantOf(c);
  return { tenant, caller: callerOf(c, 'AzureAD') };
}

/** Runs one tenant operation; a refusal ends the command with AzureAD's framed error. */
export function aadRun<T>(c: CmdletCall<unknown>, tenant: Tenant, operation: string, target: unknown, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof TenantError) return c.fail(aadError(operation, e.problem, tenant.clock.nowMs(), target));
    throw e;
  }
}

/** The service's warnings (T-LIC-5, T-DEL-3), in the emulator's words. */
export function writeAadWarnings(c: CmdletCall<unknown>, warnings: readonly TenantWarning[]): void {
  for (const w of warnings) c.writeWarning(msolWarning(w));
}
