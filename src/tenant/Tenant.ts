import { randomUUID } from 'node:crypto';
import { ClockService } from './clock/ClockService.js';
import { expireDue } from './clock/expire.js';
import { systemTime, type RealTimeSource } from './clock/realTime.js';
import { TenantClock } from './clock/TenantClock.js';
import type { Organisation, TenantDocument } from './model/index.js';
import { AuditService } from './services/audit/AuditService.js';
import { TenantContext } from './services/context.js';
import { DirectoryService } from './services/directory/DirectoryService.js';
import { IdentityService } from './services/identity/IdentityService.js';
import { LicensingService } from './services/licensing/LicensingService.js';
import { MailboxService } from './services/mailboxes/MailboxService.js';
import { ProvisioningService } from './services/provisioning/ProvisioningService.js';
import {
  createTenantFile,
  openTenantStore,
  type CreateOptions,
  type FileOpenOptions,
} from './store/FileTenantStore.js';
import { MemoryTenantStore } from './store/MemoryTenantStore.js';
import type { OpenMode, TenantStore } from './store/TenantStore.js';

/**
 * An open tenant: its services, the clock, and the store's life cycle. What cmdlets and the CLI
 * hold for the length of a run. Services check every rule and either complete an operation
 * (journaled, audited) or throw a TenantError and change nothing.
 */
export class Tenant {
  readonly clock: ClockService;
  readonly identity: IdentityService;
  readonly directory: DirectoryService;
  readonly licensing: LicensingService;
  readonly mailboxes: MailboxService;
  readonly provisioning: ProvisioningService;
  readonly audit: AuditService;
  private readonly ctx: TenantContext;

  constructor(
    readonly store: TenantStore,
    realTime: RealTimeSource = systemTime,
  ) {
    const clock = new TenantClock(() => store.state.clock, realTime);
    this.ctx = new TenantContext(store, clock, randomUUID());
    this.identity = new IdentityService(this.ctx);
    const access = this.identity.access;
    this.provisioning = new ProvisioningService(this.ctx);
    this.licensing = new LicensingService(this.ctx, access, this.provisioning);
    this.directory = new DirectoryService(this.ctx, access, this.provisioning, () => this.licensing);
    this.mailboxes = new MailboxService(this.ctx, access);
    this.audit = new AuditService(this.ctx);
    this.clock = new ClockService(this.ctx, clock);
    this.ctx.expire = (nowMs) => expireDue(this.ctx, this.provisioning, nowMs);
    // T-TIME-1: what expired while nobody looked is gone before the first command.
    this.ctx.refresh();
  }

  get mode(): OpenMode {
    return this.store.mode;
  }

  get path(): string | null {
    return this.store.path;
  }

  get runId(): string {
    return this.ctx.runId;
  }

  get organisation(): Organisation {
    this.ctx.refresh();
    return this.store.state.organisation;
  }

  /** The whole document as it would be saved (tenant show, tests). */
  snapshot(): TenantDocument {
    this.ctx.refresh();
    return this.store.state.toDocument();
  }

  /** Forces journaled operations to disk (they are written at once and fsynced in groups anyway). */
  flush(): void {
    this.store.flush();
  }

  /** Rewrites the snapshot now and empties the journal. */
  save(): void {
    this.store.save();
  }

  /** Saves what changed and releases the lock. Call once, at the end of the run. */
  close(): void {
    this.store.close();
  }
}

export interface OpenTenantOptions extends Partial<Omit<FileOpenOptions, 'mode'>> {
  readonly mode: OpenMode;
  /** The machine's time, for tests; defaults to the system clock. */
  readonly realTime?: RealTimeSource;
}

/**
 * The entry point for the CLI and cmdlets: open the tenant file at `path`.
 * - `write`: locked until close(); a second writer gets TenantFileError('InUse', "... in use by process N").
 * - `read`: no lock; operations are refused (TenantFileError 'ReadOnly'); expiry applied in memory.
 * - `dry-run`: no lock; operations change an in-memory copy that is never written.
 * A missing, corrupt or invalid file throws TenantFileError and is left untouched.
 */
export function openTenant(path: string, opts: OpenTenantOptions): Tenant {
  const { realTime, ...storeOpts } = opts;
  return new Tenant(openTenantStore(path, storeOpts), realTime);
}

/** A tenant in memory only, from a sample or a test's document. */
export function openMemoryTenant(
  doc: TenantDocument,
  opts: { mode?: OpenMode; realTime?: RealTimeSource } = {},
): Tenant {
  return new Tenant(new MemoryTenantStore(doc, opts.mode ?? 'write'), opts.realTime);
}

/** tenant init: write a new tenant file from a document (see samples/). */
export function createTenant(path: string, doc: TenantDocument, opts: CreateOptions = {}): void {
  createTenantFile(path, doc, opts);
}
