import { DAY_MS, fromIso, type CollectionName, type Collections } from '../model/index.js';
import type { Deadline } from '../store/DeadlineQueue.js';

/** T-DEL-1/T-DEL-2: a deleted user can be restored for 30 days, then it is purged. */
export const RECYCLE_BIN_DAYS = 30;
/** T-MBX-4: a soft-deleted mailbox is recoverable for 30 days. */
export const MAILBOX_SOFT_DELETE_DAYS = 30;
/** T-LIC-5: a user mailbox is disabled 30 days after its Exchange license is removed. */
export const MAILBOX_LICENSE_GRACE_DAYS = 30;

export const userPurgeAt = (softDeletionTimestamp: string): number =>
  fromIso(softDeletionTimestamp) + RECYCLE_BIN_DAYS * DAY_MS;

export const mailboxPurgeAt = (softDeletedAt: string): number =>
  fromIso(softDeletedAt) + MAILBOX_SOFT_DELETE_DAYS * DAY_MS;

/**
 * The deadlines a record carries, derived from its own fields only (records store absolute times,
 * e.g. a OneDrive's `retainUntil`, because the retention setting applies to users deleted after it
 * changes: T-OD-1). A deadline counts as passed once the clock is later than it (scenarios README).
 */
export function deadlinesOf<C extends CollectionName>(coll: C, rec: Collections[C]): Deadline[] {
  switch (coll) {
    case 'users': {
      const u = rec as Collections['users'];
      return u.softDeletionTimestamp === null
        ? []
        : [{ at: userPurgeAt(u.softDeletionTimestamp), kind: 'userPurge', coll, key: u.id }];
    }
    case 'mailboxes': {
      const m = rec as Collections['mailboxes'];
      const out: Deadline[] = [];
      // T-MBX-5: an inactive mailbox is kept as long as its hold lasts: no deadline.
      if (m.state === 'softDeleted' && m.softDeletedAt !== null) {
        out.push({ at: mailboxPurgeAt(m.softDeletedAt), kind: 'mailboxPurge', coll, key: m.userId });
      }
      if (m.state === 'active' && m.disableAt !== null) {
        out.push({ at: fromIso(m.disableAt), kind: 'mailboxDisable', coll, key: m.userId });
      }
      return out;
    }
    case 'oneDrives': {
      const o = rec as Collections['oneDrives'];
      if (o.state === 'retained' && o.retainUntil !== null)
        return [{ at: fromIso(o.retainUntil), kind: 'oneDriveRecycle', coll, key: o.ownerId }];
      if (o.state === 'recycled' && o.purgeAt !== null)
        return [{ at: fromIso(o.purgeAt), kind: 'oneDrivePurge', coll, key: o.ownerId }];
      return [];
    }
    default:
      return [];
  }
}
