import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import type { SyncAdapter } from 'lowdb';
import type { TenantDocument } from '../model/index.js';
import { fingerprintPath, readFingerprint, sha256 } from '../schema/fingerprint.js';
import { validateFully, validateStructure } from '../schema/validate.js';
import { TenantFileError } from './errors.js';
import { compactJsonChunks } from './compactJsonChunks.js';

/**
 * lowdb adapter for the tenant snapshot. lowdb's own JSONFile (steno) writes to a fixed temp name
 * (two writers clobber each other's temp file), never fsyncs (a power cut can leave an empty file
 * after the rename) and only serialises writers within one process. This one:
 * - writes to a unique temp file beside the target (`.<name>.<pid>.<random>.tmp`: same folder, so
 *   the rename is atomic), fsyncs it, renames it over the target, then fsyncs the folder so the
 *   rename itself is durable;
 * - reads with validation (full, or structural when the content hash matches the last save, see
 *   schema/fingerprint.ts) and turns every failure into a TenantFileError naming the path;
 * - never writes on a failed read: a corrupt file stays exactly as it is.
 */
export class AtomicJsonFile implements SyncAdapter<TenantDocument | null> {
  /** Whether the last read validated in full (tests and the benchmark report it). */
  lastReadWasFull = false;

  constructor(readonly filename: string) {}

  read(): TenantDocument | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.filename);
    } catch (e) {
      if (errno(e) === 'ENOENT') return null;
      throw new TenantFileError(
        'Unreadable',
        this.filename,
        `Cannot read the tenant ${this.filename}: ${describe(e)}.`,
        { code: errno(e) },
      );
    }
    const hash = sha256(bytes);
    let raw: unknown;
    try {
      raw = JSON.parse(bytes.toString('utf8'));
    } catch (e) {
      throw corrupt(this.filename, bytes, e);
    }
    const known = readFingerprint(this.filename);
    this.lastReadWasFull = known?.sha256 !== hash;
    const result = this.lastReadWasFull ? validateFully(raw) : validateStructure(raw);
    if (!result.ok) {
      const lines = result.problems.map((p) => `  ${p.path}: ${p.problem}`).join('\n');
      throw new TenantFileError(
        'Invalid',
        this.filename,
        `The tenant ${this.filename} is not a valid tenant file:\n${lines}\nFix the file or create a new one with \`tenantsh tenant init --force\`; it was not changed.`,
        { problems: result.problems },
      );
    }
    return result.document;
  }

  /** Writes the snapshot atomically, then records its fingerprint beside it. */
  write(doc: TenantDocument | null): void {
    if (doc === null) throw new Error('AtomicJsonFile.write: no document to write');
    // Small tenants are indented so a person can read and diff them; big ones stay compact, and are
    // written a batch of records at a time: the whole text of a 100,000-user tenant (200 MB, plus
    // as much again encoded) would otherwise be the peak of the run's memory.
    const text = doc.users.length <= 2000 ? JSON.stringify(doc, null, 1) : compactJsonChunks(doc);
    const hash = writeFileAtomic(this.filename, text);
    try {
      writeFileAtomic(
        fingerprintPath(this.filename),
        JSON.stringify({ sha256: hash, schemaVersion: doc.schemaVersion }),
        { durable: false },
      );
    } catch {
      // Without the sidecar the next open validates the file in full: slower, never wrong.
    }
  }
}

/**
 * Unique temp file, fsync, rename, fsync of the folder. Returns the SHA-256 of the bytes written.
 * `text` is the whole content, or its pieces in order (each encoded, written and hashed in turn).
 * Throws TenantFileError('SaveFailed').
 */
export function writeFileAtomic(
  target: string,
  text: string | Iterable<string>,
  opts: { durable?: boolean } = {},
): string {
  const durable = opts.durable ?? true;
  const dir = path.dirname(target);
  const tmp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let mode = 0o644;
  try {
    mode = statSync(target).mode & 0o777;
  } catch {
    // A new file gets the default mode.
  }
  let fd: number | undefined;
  const hash = createHash('sha256');
  try {
    fd = openSync(tmp, 'wx', mode);
    for (const piece of typeof text === 'string' ? [text] : text) {
      const buf = Buffer.from(piece, 'utf8');
      hash.update(buf);
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    }
    if (durable) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
    throw new TenantFileError(
      'SaveFailed',
      target,
      `Cannot save the tenant ${target}: ${describe(e)}. The file was left as it was; changes made so far are kept in the journal beside it.`,
      { code: errno(e) },
    );
  }
  if (durable) fsyncFolder(dir);
  return hash.digest('hex');
}

export function fsyncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms (Windows) cannot open or fsync a folder; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function corrupt(filename: string, bytes: Buffer, e: unknown): TenantFileError {
  const message = describe(e);
  const pos = /position (\d+)/.exec(message);
  let where = '';
  if (pos) {
    const offset = Number(pos[1]);
    const before = bytes.subarray(0, offset).toString('utf8');
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    where = ` at line ${line}, column ${column}`;
  } else if (bytes.length === 0) {
    where = ' (the file is empty)';
  }
  return new TenantFileError(
    'Corrupt',
    filename,
    `The tenant ${filename} is not valid JSON${where}: ${message}. Fix it or create a new tenant with \`tenantsh tenant init --force\`; it was not changed.`,
  );
}

export const errno = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;

export const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));
