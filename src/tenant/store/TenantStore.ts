import type { JournalEntry } from './changes.js';
import type { TenantState } from './TenantState.js';

/**
 * How a run opens the tenant (DESIGN.md Storage):
 * - `write`: holds the lock from open to close; every completed operation goes to the journal, and
 *   close() rewrites the snapshot;
 * - `read`: no lock, nothing written, changes refused (tenant show, check); what has expired
 *   (T-TIME-1) is applied in memory only;
 * - `dry-run`: no lock, changes are made to the in-memory copy only and never written.
 */
export type OpenMode = 'write' | 'read' | 'dry-run';

/** The store behind the services: a file store (FileTenantStore) or an in-memory one (tests). */
export interface TenantStore {
  readonly mode: OpenMode;
  /** The tenant file, or null for an in-memory tenant. */
  readonly path: string | null;
  readonly state: TenantState;
  /** True when the state holds changes the snapshot does not. */
  readonly dirty: boolean;
  /** Records a completed operation, already applied to `state`; returns its sequence number. */
  record(entry: Omit<JournalEntry, 'seq'>): number;
  /** Forces the journal's pending entries to disk. */
  flush(): void;
  /** Rewrites the snapshot now and empties the journal (write mode; a no-op otherwise). */
  save(): void;
  /** Saves if dirty, and releases the lock. The store cannot be used afterwards. */
  close(): void;
}
