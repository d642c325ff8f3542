import { DAY_MS, toIso } from '../model/index.js';
import type { OperationInfo, TenantContext, Tx } from '../services/context.js';
import type { ProvisioningService } from '../services/provisioning/ProvisioningService.js';
import { licensesProvide } from '../services/provisioning/records.js';
import type { Deadline } from '../store/DeadlineQueue.js';
import { deadlinesOf } from './deadlines.js';

/**
 * T-TIME-1: the expiry pass. Runs before every tenant read and operation (TenantContext.refresh),
 * so a user 30 days in the recycle bin is gone for the very next command, whichever it is. Each
 * expired item is its own operation by `System`: journaled on a writable tenant, applied in
 * memory only on a read-only one.
 */
export function expireDue(ctx: TenantContext, provisioning: ProvisioningService, nowMs: number): void {
  const queue = ctx.state.deadlines;
  for (let next = queue.peek(); next !== undefined && next.at < nowMs; next = queue.peek()) {
    queue.pop();
    if (stillDue(ctx, next)) expireOne(ctx, provisioning, next);
  }
}

/** Queue entries are not removed when a record changes; an entry counts only if the record still carries it. */
function stillDue(ctx: TenantContext, d: Deadline): boolean {
  const rec = ctx.state.get(d.coll, d.key);
  return rec !== undefined && deadlinesOf(d.coll, rec).some((x) => x.kind === d.kind && x.at === d.at);
}

function expireOne(ctx: TenantContext, provisioning: ProvisioningService, d: Deadline): void {
  const state = ctx.state;
  const deadline = toIso(d.at);
  /** Runs one expired item as its own operation by `System`; its audit details name the deadline. */
  const expire = (
    info: Pick<OperationInfo, 'operation' | 'workload' | 'target' | 'targetId'>,
    body: (tx: Tx) => void,
    details: Record<string, unknown> = {},
  ): void =>
    ctx.run({ ...info, actor: 'System', internal: true }, (tx) => {
      Object.assign(tx.details, details, { deadline });
      body(tx);
    });
  switch (d.kind) {
    case 'userPurge': {
      // T-DEL-2: 30 days in the recycle bin: the user and its mailbox are deleted permanently.
      const user = state.get('users', d.key)!;
      expire(
        {
          operation: 'Hard Delete user.',
          workload: 'AzureActiveDirectory',
          target: user.userPrincipalName,
          targetId: user.id,
        },
        (tx) => {
          tx.del('users', user.id);
          provisioning.onUserPurged(tx, user);
        },
        { reason: 'recycle bin period ended' },
      );
      return;
    }
    case 'mailboxPurge': {
      // T-MBX-4: a soft-deleted mailbox is purged after 30 days, freeing its addresses.
      const mailbox = state.get('mailboxes', d.key)!;
      expire(
        {
          operation: 'Purge mailbox',
          workload: 'Exchange',
          target: mailbox.userPrincipalName,
          targetId: mailbox.userId,
        },
        (tx) => tx.del('mailboxes', mailbox.userId),
      );
      return;
    }
    case 'mailboxDisable': {
      // T-LIC-5: 30 days after the Exchange license was removed, unless it came back or the mailbox became shared.
      const mailbox = state.get('mailboxes', d.key)!;
      const user = state.get('users', d.key);
      const relicensed = user !== undefined && licensesProvide(user.licenses, 'mailbox');
      expire(
        {
          operation: 'Disable mailbox',
          workload: 'Exchange',
          target: mailbox.userPrincipalName,
          targetId: mailbox.userId,
        },
        (tx) =>
          tx.patch(
            'mailboxes',
            mailbox.userId,
            mailbox.type === 'SharedMailbox' || relicensed
              ? { disableAt: null }
              : { state: 'disabled', disableAt: null },
          ),
      );
      return;
    }
    case 'oneDriveRecycle': {
      // T-OD-1: the retention period ended: the OneDrive moves to the site recycle bin for 93 days.
      const drive = state.get('oneDrives', d.key)!;
      const purgeAt = toIso(d.at + state.organisation.settings.siteRecycleBinRetentionPeriod * DAY_MS);
      expire(
        { operation: 'SiteDeleted', workload: 'OneDrive', target: drive.url, targetId: drive.siteId },
        (tx) => tx.patch('oneDrives', drive.ownerId, { state: 'recycled', recycledAt: deadline, purgeAt }),
      );
      return;
    }
    case 'oneDrivePurge': {
      // T-OD-1: 93 days in the site recycle bin: the OneDrive and its files are gone.
      const drive = state.get('oneDrives', d.key)!;
      expire(
        { operation: 'SitePurged', workload: 'OneDrive', target: drive.url, targetId: drive.siteId },
        (tx) => tx.del('oneDrives', drive.ownerId),
      );
      return;
    }
  }
}
