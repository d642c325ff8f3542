import type { TenantDocument } from '../model/index.js';
import type { JournalEntry } from './changes.js';
import type { OpenMode, TenantStore } from './TenantStore.js';
import { TenantState } from './TenantState.js';

/**
 * A tenant that lives only in memory: for tests, and for --dry-run and read-only opens of a file
 * (the file store loads the document and hands it here). It keeps the journal entries it would
 * have written, so a test can check what an operation recorded.
 */
export class MemoryTenantStore implements TenantStore {
  readonly state: TenantState;
  readonly entries: JournalEntry[] = [];
  dirty = false;
  private seq: number;

  constructor(
    source: TenantDocument | TenantState,
    readonly mode: OpenMode = 'write',
    readonly path: string | null = null,
  ) {
    this.state = source instanceof TenantState ? source : new TenantState(source);
    this.seq = this.state.journal.seq;
  }

  record(entry: Omit<JournalEntry, 'seq'>): number {
    const full = { seq: ++this.seq, ...entry };
    this.entries.push(full);
    this.dirty = true;
    return full.seq;
  }

  flush(): void {}

  save(): void {}

  close(): void {}
}
