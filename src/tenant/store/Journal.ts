import { closeSync, fsyncSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { JournalEntry } from './changes.js';
import { describe, errno } from './AtomicJsonFile.js';
import { TenantFileError } from './errors.js';

export const journalPath = (tenantPath: string): string => `${tenantPath}.journal`;

export interface JournalOptions {
  /** fsync after this many unsynced entries (default 8192)... */
  readonly groupSize?: number;
  /** ...or once the oldest unsynced entry is this old (ms, default 200). */
  readonly groupMs?: number;
}

interface Header {
  readonly journal: 1;
  readonly generation: string;
}

/**
 * The change journal beside the tenant file: a header line naming the snapshot generation, then one
 * JSON line per completed operation. Each line is written with one write(2) as the operation
 * completes, so once the call returns the entry is in the kernel and survives the process being
 * killed (kill -9). fsync, which only matters for power loss or an OS crash, is done in groups:
 * once the oldest unsynced entry is `groupMs` old (or `groupSize` entries are waiting). Each fsync
 * costs milliseconds whatever it flushes, so the groups are bounded by time, not by a small count:
 * with a group of 256, a bulk delete of 50,000 users spent a tenth of its run in 200 fsyncs; with
 * time groups it does a few per second and a power cut loses at most the last `groupMs`.
 */
export class JournalWriter {
  private fd: number;
  private unsynced = 0;
  private oldestUnsynced = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly groupSize: number;
  private readonly groupMs: number;
  /** Bytes in the journal, for the store's "journal grew large, snapshot now" decision. */
  bytes = 0;

  constructor(
    readonly path: string,
    private generation: string,
    opts: JournalOptions = {},
  ) {
    this.groupSize = opts.groupSize ?? 8192;
    this.groupMs = opts.groupMs ?? 200;
    try {
      this.fd = openSync(path, 'a+');
    } catch (e) {
      throw saveFailed(path, e);
    }
  }

  /** Empties the journal and starts it for `generation` (after a snapshot, or for a new file). */
  reset(generation: string): void {
    this.generation = generation;
    try {
      ftruncateSync(this.fd, 0);
      this.bytes = 0;
      this.writeLine(JSON.stringify({ journal: 1, generation } satisfies Header));
      fsyncSync(this.fd);
      this.unsynced = 0;
    } catch (e) {
      throw saveFailed(this.path, e);
    }
  }

  /** Opens an existing journal for appending; writes the header if the journal is empty. */
  ensureHeader(existingBytes: number): void {
    this.bytes = existingBytes;
    if (existingBytes === 0) this.reset(this.generation);
  }

  append(entry: JournalEntry): void {
    try {
      this.writeLine(JSON.stringify(entry));
    } catch (e) {
      throw saveFailed(this.path, e);
    }
    if (this.unsynced++ === 0) this.oldestUnsynced = performance.now();
    if (this.unsynced >= this.groupSize || performance.now() - this.oldestUnsynced >= this.groupMs)
      this.sync();
    else if (!this.timer) {
      // A script that pauses between operations still gets its entries synced soon.
      this.timer = setTimeout(() => this.sync(), this.groupMs);
      this.timer.unref();
    }
  }

  sync(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.unsynced === 0) return;
    try {
      fsyncSync(this.fd);
    } catch (e) {
      throw saveFailed(this.path, e);
    }
    this.unsynced = 0;
  }

  close(): void {
    this.sync();
    closeSync(this.fd);
  }

  /**
   * One write(2) of the line. The string goes to writeSync as it is (no Buffer per line: at 50,000
   * entries those copies and their garbage showed in the profile); a short write, which regular
   * files only do when the disk is full, falls back to writing the rest from a Buffer.
   */
  private writeLine(line: string): void {
    const text = line + '\n';
    const length = Buffer.byteLength(text, 'utf8');
    const written = writeSync(this.fd, text, null, 'utf8');
    if (written < length) {
      const buf = Buffer.from(text, 'utf8');
      let off = written;
      while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off);
    }
    this.bytes += length;
  }
}

export interface JournalContents {
  /** Entries after the snapshot's mark, in order. */
  readonly entries: readonly JournalEntry[];
  readonly bytes: number;
  /** The journal was written for another snapshot generation and must not be replayed. */
  readonly foreign: boolean;
  /** The last line was cut off (the process died while writing it): the operation in flight. */
  readonly tornTail: boolean;
}

/**
 * Reads the journal for replay. A damaged last line is the operation that was in flight when the
 * process died, and is dropped; a damaged line before the last one means the journal itself is
 * damaged, which is reported rather than guessed around.
 */
export function readJournal(path: string, generation: string, afterSeq: number): JournalContents {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (errno(e) === 'ENOENT') return { entries: [], bytes: 0, foreign: false, tornTail: false };
    throw new TenantFileError('Unreadable', path, `Cannot read the tenant journal ${path}: ${describe(e)}.`);
  }
  const bytes = Buffer.byteLength(text);
  if (text === '') return { entries: [], bytes, foreign: false, tornTail: false };
  const lines = text.split('\n');
  // A complete journal ends with '\n', so the last element is ''. Anything else is a torn write.
  const tail = lines.pop();
  const tornTail = tail !== '' && tail !== undefined;
  let header: Header | undefined;
  try {
    header = JSON.parse(lines[0] ?? '') as Header;
  } catch {
    if (lines.length <= 1) return { entries: [], bytes, foreign: false, tornTail: true };
  }
  if (!header || header.journal !== 1 || typeof header.generation !== 'string') {
    throw journalCorrupt(path, 1, 'the first line is not a tenantsh journal header');
  }
  if (header.generation !== generation) return { entries: [], bytes, foreign: true, tornTail };
  const entries: JournalEntry[] = [];
  for (let i = 1; i < lines.length; i++) {
    let entry: JournalEntry;
    try {
      entry = JSON.parse(lines[i]!) as JournalEntry;
    } catch {
      throw journalCorrupt(path, i + 1, 'the line is not valid JSON');
    }
    if (typeof entry.seq !== 'number' || !Array.isArray(entry.changes))
      throw journalCorrupt(path, i + 1, 'not a journal entry');
    if (entry.seq > afterSeq) entries.push(entry);
  }
  return { entries, bytes, foreign: false, tornTail };
}

const journalCorrupt = (path: string, line: number, problem: string): TenantFileError =>
  new TenantFileError(
    'JournalCorrupt',
    path,
    `The tenant journal ${path} is damaged at line ${line}: ${problem}. The tenant was not changed; move the journal away to open the tenant as of its last snapshot.`,
    { line },
  );

const saveFailed = (path: string, e: unknown): TenantFileError =>
  new TenantFileError('SaveFailed', path, `Cannot write the tenant journal ${path}: ${describe(e)}.`, {
    code: errno(e),
  });
