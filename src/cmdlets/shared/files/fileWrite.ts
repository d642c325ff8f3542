/**
 * Writing files so that a failure never leaves half a file behind: the new content goes to a
 * temporary file beside the target, which then replaces it in one rename. Appending writes the
 * old content and the new together the same way.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { posix } from 'node:path';

/** Replaces (or creates) `full` with `bytes`. Throws the Node error on failure. */
export function writeFileAtomically(full: string, bytes: Buffer): void {
  const temp = posix.join(posix.dirname(full), `.${posix.basename(full)}.${process.pid}.tenantsh-tmp`);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(temp);
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(temp, full);
  } catch (e) {
    unlinkSync(temp);
    throw e;
  }
}

/** Adds `bytes` at the end of `full` (creating it), atomically. */
export function appendFileAtomically(full: string, bytes: Buffer): void {
  writeFileAtomically(full, Buffer.concat([existingBytes(full) ?? Buffer.alloc(0), bytes]));
}

/** The current bytes of a file, or null when there is no such file. */
export function existingBytes(full: string): Buffer | null {
  try {
    return readFileSync(full);
  } catch {
    return null;
  }
}

export function isDirectory(full: string): boolean {
  try {
    return statSync(full).isDirectory();
  } catch {
    return false;
  }
}

export function pathExists(full: string): boolean {
  try {
    statSync(full);
    return true;
  } catch {
    return false;
  }
}
