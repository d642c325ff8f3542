/**
 * The frame of the Tenant* cmdlets: the open tenant, and how a refusal reaches the script (a
 * non-terminating error for that call, catchable with -ErrorAction Stop), warnings on the warning
 * stream.
 */
import type { CmdletCall } from '../../runtime/commands/CmdletCall.js';
import { TenantError, type TenantWarning } from '../../tenant/index.js';
import { tenantRefusal, tenantWarning } from './errors.js';

/** Runs one tenant operation; a refusal is written as an error and undefined returned. */
export function tenantRun<T>(c: CmdletCall<unknown>, target: unknown, body: () => T): T | undefined {
  try {
    return body();
  } catch (e) {
    if (e instanceof TenantError) {
      c.writeError(tenantRefusal(e.problem, target));
      return undefined;
    }
    throw e;
  }
}

export function writeTenantWarnings(c: CmdletCall<unknown>, warnings: readonly TenantWarning[]): void {
  for (const w of warnings) c.writeWarning(tenantWarning(w));
}
