/**
 * Errors about the tenant file itself (not about tenant rules): tenantsh's own, so they carry
 * their message. STYLE.md section 5: say what happened, where, and what to do. The CLI prints
 * `message` and exits 1; `kind` lets it and tests tell them apart.
 */
export type TenantFileErrorKind =
  | 'Missing' // no file at the path
  | 'Unreadable' // the file exists but cannot be read (permissions, a folder)
  | 'Corrupt' // not JSON
  | 'Invalid' // JSON, but not a valid tenant document
  | 'JournalCorrupt' // the change journal beside it has a damaged entry before its last line
  | 'InUse' // another process holds the lock
  | 'Exists' // tenant init without --force
  | 'SaveFailed' // writing the snapshot or the journal failed (disk full, read-only folder)
  | 'ReadOnly' // a change was attempted on a tenant opened for reading
  | 'Closed'; // the tenant was used after close()

export class TenantFileError extends Error {
  constructor(
    readonly kind: TenantFileErrorKind,
    readonly path: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'TenantFileError';
  }
}
