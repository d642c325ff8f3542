/**
 * The CLI's tenant session: which file (`--tenant`, `$TENANTSH_TENANT`, else ./tenant.json), how it
 * is opened (write with the lock, or --dry-run in memory), creating the default tenant from the
 * sample with a note on stderr, and closing it at the end of the run (snapshot + lock release).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSample, createTenant, openTenant, systemTime, TenantFileError, type Tenant } from '../tenant/index.js';
import type { Connection, ModuleName, TenantSession } from '../cmdlets/session.js';

export interface TenantSessionOptions {
  /** The path given with --tenant or $TENANTSH_TENANT (an explicit path is never created). */
  explicitPath: string | null;
  cwd: string;
  dryRun: boolean;
  asUpn: string | null;
  /** Where the one-line notes go (stderr). */
  note: (text: string) => void;
}

export class FileTenantSession implements TenantSession {
  private opened: Tenant | null = null;
  private readonly connections = new Map<ModuleName, Connection>();
  readonly path: string;

  constructor(private readonly options: TenantSessionOptions) {
    this.path = resolve(options.cwd, options.explicitPath ?? 'tenant.json');
  }

  get asUpn(): string | null {
    return this.options.asUpn;
  }

  get isOpen(): boolean {
    return this.opened !== null;
  }

  /** The open tenant, if any, without opening it. */
  get current(): Tenant | null {
    return this.opened;
  }

  /** Whether a tenant file exists to be opened (so reading its clock needs no creation). */
  get fileExists(): boolean {
    return existsSync(this.path);
  }

  tenant(): Tenant {
    if (this.opened) return this.opened;
    if (!existsSync(this.path)) {
      if (this.options.explicitPath !== null) {
        throw new TenantFileError('Missing', this.path, `The tenant file ${this.path} does not exist. Create it with: tenantsh tenant init --tenant ${this.options.explicitPath}`);
      }
      createTenant(this.path, buildSample({ sample: 'contoso', nowMs: systemTime.nowMs() }));
      this.options.note(`tenantsh: created ${this.path} from the contoso sample (tenantsh tenant init makes others).`);
    }
    this.opened = openTenant(this.path, { mode: this.options.dryRun ? 'dry-run' : 'write' });
    return this.opened;
  }

  connection(module: ModuleName): Connection {
    return this.connections.get(module) ?? { state: 'none' };
  }

  setConnection(module: ModuleName, connection: Connection): void {
    this.connections.set(module, connection);
  }

  /** Saves and releases the tenant at the end of the run. */
  close(): void {
    if (this.opened) {
      this.opened.close();
      this.opened = null;
    }
  }
}
