import type { AuditRecord } from './audit.js';
import type { ClockState } from './clock.js';
import type { Group } from './group.js';
import type { Guid } from './ids.js';
import type { Mailbox } from './mailbox.js';
import type { OneDrive } from './onedrive.js';
import type { Organisation } from './organisation.js';
import type { Subscription } from './subscription.js';
import type { User } from './user.js';

/**
 * Bumped when the file layout changes. schema/validate.ts refuses files from a newer tenantsh; when
 * a version 2 comes, the step that lifts version-1 files belongs beside it (with a v1 fixture test).
 */
export const SCHEMA_VERSION = 1;

/**
 * Ties the snapshot to its change journal (store/journal.ts). `generation` is fixed when the file
 * is created, so a journal left beside a file that was re-created (`tenant init --force`) is never
 * replayed over it; `seq` is the last journal entry the snapshot already contains.
 */
export interface JournalMark {
  readonly generation: Guid;
  readonly seq: number;
}

/**
 * The tenant file (tenant.json). Collections are arrays in the file, in listing order (the order
 * records were created), and Maps in memory (store/TenantState.ts).
 */
export interface TenantDocument {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly journal: JournalMark;
  readonly organisation: Organisation;
  readonly clock: ClockState;
  readonly subscriptions: readonly Subscription[];
  /** Active and soft-deleted users (T-DEL-1); purged users are removed. */
  readonly users: readonly User[];
  readonly groups: readonly Group[];
  readonly mailboxes: readonly Mailbox[];
  readonly oneDrives: readonly OneDrive[];
  readonly audit: readonly AuditRecord[];
}

/** The keyed collections of the document and the key of each record. */
export interface Collections {
  subscriptions: Subscription;
  users: User;
  groups: Group;
  mailboxes: Mailbox;
  oneDrives: OneDrive;
  audit: AuditRecord;
}
export type CollectionName = keyof Collections;

export const COLLECTION_NAMES: readonly CollectionName[] = [
  'subscriptions',
  'users',
  'groups',
  'mailboxes',
  'oneDrives',
  'audit',
];

export const keyOf: { readonly [C in CollectionName]: (record: Collections[C]) => string } = {
  subscriptions: (s) => s.id,
  users: (u) => u.id,
  groups: (g) => g.id,
  mailboxes: (m) => m.userId,
  oneDrives: (o) => o.ownerId,
  audit: (a) => a.id,
};

/** The non-collection parts of the document a change may replace whole. */
export type SingletonName = 'organisation' | 'clock';
export interface Singletons {
  organisation: Organisation;
  clock: ClockState;
}
