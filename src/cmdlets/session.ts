/**
 * How tenant cmdlets reach the tenant: the host attaches a TenantSession to the runtime; the tenant
 * file is opened the first time a cmdlet asks for it (a script that uses no tenant cmdlet never
 * reads or creates it). The session also remembers each module's connection (DESIGN.md Identity).
 */
import type { Tenant, Principal } from '../tenant/index.js';
import type { CmdletCall } from '../runtime/commands/CmdletCall.js';
import type { Runtime } from '../runtime/Runtime.js';

/** The modules that sign in separately. */
export type ModuleName = 'MSOnline' | 'AzureAD' | 'Graph' | 'ExchangeOnline' | 'SharePoint';

/** A module's sign-in state: never connected, connected as someone, or a failed/ended connection. */
export type Connection =
  | { readonly state: 'none' }
  | { readonly state: 'connected'; readonly principal: Principal; readonly explicit: boolean; readonly details: ReadonlyMap<string, unknown> }
  | { readonly state: 'disconnected' };

export interface TenantSession {
  /** The open tenant; opens (or creates the default) on first use. Throws TenantFileError. */
  tenant(): Tenant;
  /** Whether the tenant has been opened in this run. */
  readonly isOpen: boolean;
  /** `--as UPN`, or null. */
  readonly asUpn: string | null;
  connection(module: ModuleName): Connection;
  setConnection(module: ModuleName, connection: Connection): void;
}

const KEY = 'tenant-session';

export function attachTenantSession(rt: Runtime, session: TenantSession): void {
  rt.services.set(KEY, session);
}

export function sessionOf(rt: Runtime): TenantSession | null {
  return (rt.services.get(KEY) as TenantSession | undefined) ?? null;
}

/** The session for a tenant cmdlet; without one (an embedding with no tenant) a clear error. */
export function tenantSession(c: CmdletCall<unknown>): TenantSession {
  const s = sessionOf(c.runtime);
  if (!s) {
    c.fail({
      message: 'No tenant is available in this session: run tenantsh with --tenant PATH, or from a folder with tenant.json.',
      id: 'NoTenant',
      category: 'ResourceUnavailable',
      exceptionType: 'System.InvalidOperationException',
    });
  }
  return s;
}
