import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { systemTime } from '../clock/realTime.js';
import { errno, describe } from './AtomicJsonFile.js';
import { TenantFileError } from './errors.js';

export const lockPath = (tenantPath: string): string => `${tenantPath}.lock`;

interface LockOwner {
  readonly pid: number;
  readonly hostname: string;
}

/**
 * The tenant lock, held from open to close by a run that may write (DESIGN.md Storage).
 *
 * A lock file created with O_EXCL holding the owner's pid and host. Why not proper-lockfile: it
 * keeps the lock alive by touching it from a timer and throws from that timer (killing the process)
 * when a synchronous 1-second snapshot write delays the timer; a pid check needs no timer at all.
 * A lock whose process is gone (kill -9) is stale and is broken; breaking goes through a second,
 * short-lived lock file so that two processes breaking the same stale lock cannot both win.
 */
export class FileLock {
  private held = true;
  private readonly onExit = (): void => this.release();

  private constructor(readonly path: string) {
    // If the host forgets close(), the lock still goes when the process exits normally.
    process.once('exit', this.onExit);
  }

  static acquire(tenantPath: string): FileLock {
    const path = lockPath(tenantPath);
    for (let attempt = 0; attempt < 3; attempt++) {
      if (tryCreate(path)) return new FileLock(path);
      const owner = readOwner(path);
      if (owner === 'gone') continue; // released between our create and read: try again
      if (owner !== null && isAlive(owner)) throw inUse(tenantPath, owner);
      breakStale(path, owner);
    }
    const last = readOwner(path);
    throw inUse(tenantPath, last === 'gone' ? null : last);
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    process.removeListener('exit', this.onExit);
    try {
      const owner = readOwner(this.path);
      if (owner && owner !== 'gone' && owner.pid === process.pid && owner.hostname === hostname())
        unlinkSync(this.path);
    } catch {
      // Nothing more to release.
    }
  }
}

/**
 * Creates the lock with its content in one step: the owner is written to a private temp file that
 * is then hard-linked to the lock name (link fails if the name exists). So no process ever sees a
 * lock that exists but does not yet name its owner.
 */
function tryCreate(path: string): boolean {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeSync(fd, JSON.stringify({ pid: process.pid, hostname: hostname() } satisfies LockOwner));
    } finally {
      closeSync(fd);
    }
    linkSync(tmp, path);
    return true;
  } catch (e) {
    if (errno(e) === 'EEXIST') return false;
    throw new TenantFileError('SaveFailed', path, `Cannot create the tenant lock ${path}: ${describe(e)}.`, {
      code: errno(e),
    });
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* not created */
    }
  }
}

/** The owner recorded in the lock; null if unreadable (torn by a crash); 'gone' if no lock. */
function readOwner(path: string): LockOwner | null | 'gone' {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof parsed.pid === 'number' && typeof parsed.hostname === 'string'
      ? { pid: parsed.pid, hostname: parsed.hostname }
      : null;
  } catch (e) {
    return errno(e) === 'ENOENT' ? 'gone' : null;
  }
}

function isAlive(owner: LockOwner): boolean {
  // Another machine's process cannot be checked (a tenant on a shared folder): assume it is alive.
  if (owner.hostname !== hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (e) {
    return errno(e) === 'EPERM';
  }
}

function breakStale(path: string, seen: LockOwner | null): void {
  const breaker = `${path}.break`;
  if (!tryCreate(breaker)) {
    // Someone else is breaking it; a breaker lock left by a crash is itself stale after a few seconds.
    try {
      if (systemTime.nowMs() - statSync(breaker).mtimeMs > 10_000) unlinkSync(breaker);
    } catch {
      // Gone already.
    }
    return;
  }
  try {
    const now = readOwner(path);
    const same =
      now === null
        ? seen === null
        : now !== 'gone' && seen !== null && now.pid === seen.pid && now.hostname === seen.hostname;
    if (same) unlinkSync(path);
  } finally {
    unlinkSync(breaker);
  }
}

const inUse = (tenantPath: string, owner: LockOwner | null): TenantFileError =>
  new TenantFileError(
    'InUse',
    tenantPath,
    owner
      ? `The tenant ${tenantPath} is in use by process ${owner.pid}${owner.hostname === hostname() ? '' : ` on ${owner.hostname}`}. Wait for it to finish, or use --dry-run to read the tenant without changing it.`
      : `The tenant ${tenantPath} is in use by another process (its lock ${lockPath(tenantPath)} could not be read). If no tenantsh is running, delete the lock file.`,
    { pid: owner?.pid ?? null },
  );
