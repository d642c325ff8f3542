import { randomUUID } from 'node:crypto';
import { existsSync, unlinkSync } from 'node:fs';
import { LowSync } from 'lowdb';
import { SCHEMA_VERSION, type CollectionName, type TenantDocument } from '../model/index.js';
import { recordSchemas } from '../schema/schema.js';
import { formatPath } from '../schema/validate.js';
import { systemTime } from '../clock/realTime.js';
import { AtomicJsonFile } from './AtomicJsonFile.js';
import type { Change, JournalEntry } from './changes.js';
import { TenantFileError } from './errors.js';
import { FileLock } from './FileLock.js';
import { JournalWriter, journalPath, readJournal, type JournalOptions } from './Journal.js';
import { MemoryTenantStore } from './MemoryTenantStore.js';
import { TenantState } from './TenantState.js';
import type { OpenMode, TenantStore } from './TenantStore.js';

export interface FileOpenOptions extends JournalOptions {
  readonly mode: OpenMode;
  /** Keep retrying a held lock for this long (ms) instead of failing at once. Default 0. */
  readonly lockWaitMs?: number;
  /** Snapshot once the journal passes this many bytes. Default: 64 MB or the snapshot's size. */
  readonly compactBytes?: number;
}

/**
 * Opens a tenant file. Write mode takes the lock *before* reading, so the state it reads cannot be
 * changed under it; read and dry-run modes take no lock and get a MemoryTenantStore over what they
 * read. In every mode the journal is replayed over the snapshot, so a reader also sees the
 * operations a crashed (or still running) writer completed.
 */
export function openTenantStore(path: string, opts: FileOpenOptions): TenantStore {
  const lock = opts.mode === 'write' ? acquireWithWait(path, opts.lockWaitMs ?? 0) : null;
  try {
    const adapter = new AtomicJsonFile(path);
    const db = new LowSync<TenantDocument | null>(adapter, null);
    db.read();
    if (db.data === null) {
      throw new TenantFileError(
        'Missing',
        path,
        `The tenant ${path} does not exist. Create it with \`tenantsh tenant init --tenant ${path}\`.`,
      );
    }
    const state = new TenantState(db.data);
    const journalFile = journalPath(path);
    const journal = readJournal(journalFile, state.journal.generation, state.journal.seq);
    let lastSeq = state.journal.seq;
    for (const entry of journal.entries) {
      replay(state, entry, journalFile);
      lastSeq = entry.seq;
    }
    if (lock === null) return new MemoryTenantStore(state, opts.mode, path);
    const store = new FileTenantStore(path, db, state, lock, lastSeq, opts);
    // Recovery: fold what the journal held into a new snapshot at once, so appending never follows
    // a torn line and a foreign journal (from a file since re-created) is discarded.
    if (journal.entries.length > 0 || journal.tornTail || journal.foreign) store.save();
    else store.adoptJournal(journal.bytes);
    return store;
  } catch (e) {
    lock?.release();
    throw e;
  }
}

class FileTenantStore implements TenantStore {
  readonly mode = 'write' as const;
  dirty = false;
  private closed = false;
  private readonly journal: JournalWriter;
  private readonly compactBytes: number;

  constructor(
    readonly path: string,
    private readonly db: LowSync<TenantDocument | null>,
    readonly state: TenantState,
    private readonly lock: FileLock,
    private seq: number,
    opts: FileOpenOptions,
  ) {
    this.journal = new JournalWriter(journalPath(path), state.journal.generation, opts);
    this.compactBytes = opts.compactBytes ?? 64 * 1024 * 1024;
  }

  adoptJournal(bytes: number): void {
    this.journal.ensureHeader(bytes);
  }

  record(entry: Omit<JournalEntry, 'seq'>): number {
    this.assertOpen();
    const full: JournalEntry = { seq: ++this.seq, ...entry };
    this.journal.append(full);
    this.dirty = true;
    // DESIGN.md: the snapshot is rewritten at the end of a run, or when the journal grows large.
    if (this.journal.bytes > this.compactBytes) this.save();
    return full.seq;
  }

  flush(): void {
    this.assertOpen();
    this.journal.sync();
  }

  save(): void {
    this.assertOpen();
    this.state.journal = { generation: this.state.journal.generation, seq: this.seq };
    this.db.data = this.state.toDocument();
    try {
      this.db.write();
    } finally {
      this.db.data = null; // the Maps are the live copy; do not keep a second set of arrays alive
    }
    this.journal.reset(this.state.journal.generation);
    this.dirty = false;
  }

  close(): void {
    if (this.closed) return;
    try {
      if (this.dirty) this.save();
      this.journal.close();
    } finally {
      this.closed = true;
      this.lock.release();
    }
  }

  private assertOpen(): void {
    if (this.closed)
      throw new TenantFileError('Closed', this.path, `The tenant ${this.path} was already closed.`);
  }
}

/** Re-applies one journal entry, checking each record it writes against the schema. */
function replay(state: TenantState, entry: JournalEntry, path: string): void {
  for (const change of entry.changes) {
    const problem = checkChange(state, change);
    if (problem) {
      throw new TenantFileError(
        'JournalCorrupt',
        path,
        `The tenant journal ${path} holds an invalid change in entry ${entry.seq}: ${problem}. The tenant was not changed; move the journal away to open the tenant as of its last snapshot.`,
      );
    }
    state.apply(change);
  }
}

function checkChange(state: TenantState, change: Change): string | null {
  const validate = (coll: CollectionName, rec: unknown): string | null => {
    const r = recordSchemas[coll].safeParse(rec);
    return r.success
      ? null
      : r.error.issues.map((i) => `${coll}.${formatPath(i.path)}: ${i.message}`).join('; ');
  };
  switch (change.op) {
    case 'put':
      return validate(change.coll, change.rec);
    case 'patch': {
      const old = state.get(change.coll, change.key);
      return old === undefined
        ? `a change to the missing ${change.coll} record ${change.key}`
        : validate(change.coll, { ...old, ...change.set });
    }
    case 'del':
    case 'set':
      return null;
    default:
      return 'an unknown kind of change';
  }
}

function acquireWithWait(path: string, waitMs: number): FileLock {
  const start = systemTime.nowMs();
  for (;;) {
    try {
      return FileLock.acquire(path);
    } catch (e) {
      if (!(e instanceof TenantFileError) || e.kind !== 'InUse' || systemTime.nowMs() - start >= waitMs)
        throw e;
      sleepSync(20);
    }
  }
}

const sleepSync = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

export interface CreateOptions {
  /** Replace an existing file (tenant init --force). */
  readonly force?: boolean;
}

/**
 * Writes a new tenant file (tenant init). Refuses to replace an existing one without `force`, and
 * takes the lock so a running script's tenant is never replaced under it. The new file gets a new
 * journal generation, so a journal left from the old file is never replayed over it.
 */
export function createTenantFile(path: string, doc: TenantDocument, opts: CreateOptions = {}): void {
  const lock = FileLock.acquire(path);
  try {
    if (!opts.force && existsSync(path)) {
      throw new TenantFileError(
        'Exists',
        path,
        `The tenant ${path} already exists. Use --force to replace it.`,
      );
    }
    const fresh: TenantDocument = {
      ...doc,
      schemaVersion: SCHEMA_VERSION,
      journal: { generation: randomUUID(), seq: 0 },
    };
    new AtomicJsonFile(path).write(fresh);
    try {
      unlinkSync(journalPath(path));
    } catch {
      // No journal: nothing to discard.
    }
  } finally {
    lock.release();
  }
}
