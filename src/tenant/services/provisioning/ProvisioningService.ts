import { randomUUID } from 'node:crypto';
import { MAILBOX_LICENSE_GRACE_DAYS } from '../../clock/deadlines.js';
import {
  DAY_MS,
  fromIso,
  isForwarding,
  oneDriveUrl,
  toIso,
  type AssignedLicense,
  type User,
} from '../../model/index.js';
import type { TenantContext, Tx } from '../context.js';
import type { TenantWarning } from '../errors.js';
import { licensesProvide, newMailbox, newOneDrive } from './records.js';

/**
 * Mailbox and OneDrive state follow the user's licenses and life cycle (DESIGN.md Provisioning,
 * T-MBX-1, T-MBX-5, T-LIC-5, T-OD-1, T-DEL-3). Called inside the directory and licensing
 * operations' transactions; it never refuses, so it runs after their checks.
 */
export class ProvisioningService {
  constructor(private readonly ctx: TenantContext) {}

  /** After `user`'s licenses changed from `before` (the user record already holds the new ones). */
  afterLicensesChanged(tx: Tx, user: User, before: readonly AssignedLicense[]): TenantWarning[] {
    const warnings: TenantWarning[] = [];
    const state = this.ctx.state;
    const now = this.ctx.clock.nowIso();
    const mailbox = state.get('mailboxes', user.id);
    const hadExchange = licensesProvide(before, 'mailbox');
    const hasExchange = licensesProvide(user.licenses, 'mailbox');
    if (hasExchange) {
      // A license with an Exchange Online plan creates the mailbox, or cancels a pending disable.
      if (!mailbox) {
        tx.put('mailboxes', newMailbox(user, state.organisation, randomUUID(), now));
        tx.details.mailboxCreated = true;
      } else if (mailbox.state === 'disabled' || mailbox.disableAt !== null) {
        tx.patch('mailboxes', user.id, { state: 'active', disableAt: null });
      }
    } else if (hadExchange && mailbox && mailbox.state === 'active' && mailbox.type === 'UserMailbox') {
      // T-LIC-5: the forwarding stops at once; the mailbox is disabled after the grace period.
      // A shared mailbox needs no license and is left alone.
      const disableAt = toIso(fromIso(now) + MAILBOX_LICENSE_GRACE_DAYS * DAY_MS);
      const forwarding = isForwarding(mailbox);
      tx.patch('mailboxes', user.id, {
        disableAt,
        forwardingSmtpAddress: null,
        forwardingAddress: null,
        deliverToMailboxAndForward: false,
      });
      tx.details.mailboxDisableAt = disableAt;
      if (forwarding)
        warnings.push({
          kind: 'ForwardingStopped',
          rule: 'T-LIC-5',
          upn: user.userPrincipalName,
          disableOn: disableAt.slice(0, 10),
        });
    }
    // A license with a SharePoint plan creates the OneDrive (once; removing the license keeps it).
    if (licensesProvide(user.licenses, 'onedrive') && !state.get('oneDrives', user.id)) {
      const base = oneDriveUrl(state.organisation.initialDomain, user.userPrincipalName);
      // A reused UPN whose old OneDrive is still kept gets a numbered URL (exchange-onedrive-cmdlets.md 2.10).
      const url = state.oneDriveByUrl(base) ? this.freeOneDriveUrl(base) : undefined;
      tx.put('oneDrives', newOneDrive(user, state.organisation, randomUUID(), now, url));
      tx.details.oneDriveCreated = true;
    }
    return warnings;
  }

  /** T-MBX-1, T-MBX-5, T-OD-1: the cascade of a soft delete. */
  onUserDeleted(tx: Tx, user: User, nowIso: string): void {
    const state = this.ctx.state;
    const mailbox = state.get('mailboxes', user.id);
    if (mailbox && mailbox.state !== 'softDeleted' && mailbox.state !== 'inactive') {
      // T-MBX-5: a held mailbox becomes inactive (kept while the hold lasts), else soft-deleted.
      tx.patch('mailboxes', user.id, {
        state: mailbox.litigationHoldEnabled ? 'inactive' : 'softDeleted',
        softDeletedAt: nowIso,
      });
    }
    const drive = state.get('oneDrives', user.id);
    if (drive && drive.state === 'active') {
      const days = state.organisation.settings.orphanedPersonalSitesRetentionPeriod;
      tx.patch('oneDrives', user.id, {
        state: 'retained',
        ownerDeletedAt: nowIso,
        retainUntil: toIso(fromIso(nowIso) + days * DAY_MS),
      });
    }
  }

  /** T-DEL-3: the mailbox comes back if still soft-deleted (or inactive), the OneDrive if still retained. */
  onUserRestored(tx: Tx, user: User): void {
    const state = this.ctx.state;
    const mailbox = state.get('mailboxes', user.id);
    if (mailbox && (mailbox.state === 'softDeleted' || mailbox.state === 'inactive')) {
      tx.patch('mailboxes', user.id, {
        state: 'active',
        softDeletedAt: null,
        userPrincipalName: user.userPrincipalName,
        displayName: user.displayName,
      });
    }
    const drive = state.get('oneDrives', user.id);
    if (drive && drive.state === 'retained') {
      tx.patch('oneDrives', user.id, { state: 'active', ownerDeletedAt: null, retainUntil: null });
    }
  }

  /** T-DEL-2: the purge takes the mailbox with it unless it is inactive (T-MBX-5); the OneDrive keeps its own retention (T-OD-1). */
  onUserPurged(tx: Tx, user: User): void {
    const state = this.ctx.state;
    const mailbox = state.get('mailboxes', user.id);
    if (mailbox && mailbox.state !== 'inactive') tx.del('mailboxes', user.id);
    for (const group of state.values('groups')) {
      if (group.members.includes(user.id) || group.owners.includes(user.id)) {
        tx.patch('groups', group.id, {
          members: group.members.filter((m) => m !== user.id),
          owners: group.owners.filter((o) => o !== user.id),
        });
      }
    }
  }

  private freeOneDriveUrl(base: string): string {
    for (let n = 1; ; n++) if (!this.ctx.state.oneDriveByUrl(`${base}${n}`)) return `${base}${n}`;
  }
}
