import type { Guid, IsoDate } from './ids.js';

/** RecipientTypeDetails of the mailboxes the emulator models ("Regular" = UserMailbox). */
export type MailboxType = 'UserMailbox' | 'SharedMailbox';

/**
 * Where the mailbox is in its life cycle:
 * - `active`: listed by Get-Mailbox;
 * - `softDeleted`: its user was deleted (T-MBX-1), recoverable until `softDeletedAt` + 30 days (T-MBX-4);
 * - `inactive`: on hold when its user was deleted, kept as long as the hold lasts (T-MBX-5);
 * - `disabled`: 30 days after its Exchange license was removed (T-LIC-5).
 */
export type MailboxState = 'active' | 'softDeleted' | 'inactive' | 'disabled';

export interface AutoReplyConfiguration {
  readonly autoReplyState: 'Disabled' | 'Enabled' | 'Scheduled';
  readonly internalMessage: string;
  readonly externalMessage: string;
  readonly externalAudience: 'None' | 'Known' | 'All';
  readonly startTime: IsoDate | null;
  readonly endTime: IsoDate | null;
}

export interface MailboxPermission {
  /** The trustee's user object id. */
  readonly userId: Guid;
  readonly accessRights: readonly string[];
  readonly inheritanceType: string;
  readonly automapping: boolean;
}

/**
 * Exchange Online state of one user's mailbox, keyed by the owner's object id
 * (ExternalDirectoryObjectId). It holds copies of the owner's names and addresses because an
 * inactive mailbox outlives its user (T-MBX-5) and its addresses stay reserved (T-MBX-4).
 */
export interface Mailbox {
  readonly userId: Guid;
  readonly exchangeGuid: Guid;
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly alias: string;
  readonly primarySmtpAddress: string;
  /** `SMTP:` primary and `smtp:` aliases (EmailAddresses). */
  readonly emailAddresses: readonly string[];
  readonly type: MailboxType;
  readonly state: MailboxState;
  /** `smtp:`-prefixed external address, or null (T-DEL-5, T-LIC-5). */
  readonly forwardingSmtpAddress: string | null;
  /** Object id of an internal recipient, or null. */
  readonly forwardingAddress: Guid | null;
  readonly deliverToMailboxAndForward: boolean;
  readonly litigationHoldEnabled: boolean;
  readonly litigationHoldDate: IsoDate | null;
  readonly hiddenFromAddressListsEnabled: boolean;
  readonly permissions: readonly MailboxPermission[];
  readonly autoReply: AutoReplyConfiguration | null;
  readonly whenCreated: IsoDate;
  /** T-MBX-1/T-MBX-4: when it was soft-deleted (also kept for inactive mailboxes). */
  readonly softDeletedAt: IsoDate | null;
  /** T-LIC-5: the Exchange license was removed; the mailbox is disabled at this time. */
  readonly disableAt: IsoDate | null;
}

/** T-DEL-5: a shared mailbox, or one that forwards mail, still needs its account. */
export const isForwarding = (m: Pick<Mailbox, 'forwardingSmtpAddress' | 'forwardingAddress'>): boolean =>
  m.forwardingSmtpAddress !== null || m.forwardingAddress !== null;
