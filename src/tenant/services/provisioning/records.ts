import {
  enabledPlans,
  oneDriveUrl,
  skuById,
  type AssignedLicense,
  type Guid,
  type IsoDate,
  type Mailbox,
  type OneDrive,
  type Organisation,
  type User,
} from '../../model/index.js';

/**
 * Builders for the records provisioning creates. The samples use them too, so a generated
 * 100,000-user tenant holds exactly what assigning licenses one by one would have made.
 */

/** Whether any license switches on a plan of this kind (DESIGN.md Provisioning). */
export const licensesProvide = (
  licenses: readonly AssignedLicense[],
  kind: 'mailbox' | 'onedrive',
): boolean =>
  licenses.some((l) => {
    const def = skuById(l.skuId);
    return def !== undefined && enabledPlans(def, l.disabledPlans).some((p) => p.kind === kind);
  });

/** T-MBX-5: whether a license includes holds (E3/E5, Exchange Plan 2...). */
export const licensesIncludeHolds = (licenses: readonly AssignedLicense[]): boolean =>
  licenses.some((l) => skuById(l.skuId)?.includesHolds ?? false);

/** ProxyAddresses of a new mailbox: the UPN as primary, plus the initial-domain address. */
export function mailboxAddresses(upn: string, initialDomain: string): string[] {
  const alias = upn.split('@')[0] ?? upn;
  const out = [`SMTP:${upn}`];
  const routing = `${alias}@${initialDomain}`;
  if (routing.toLowerCase() !== upn.toLowerCase()) out.push(`smtp:${routing}`);
  return out;
}

export function newMailbox(
  user: Pick<User, 'id' | 'userPrincipalName' | 'displayName'>,
  org: Pick<Organisation, 'initialDomain'>,
  exchangeGuid: Guid,
  now: IsoDate,
  type: Mailbox['type'] = 'UserMailbox',
): Mailbox {
  return {
    userId: user.id,
    exchangeGuid,
    userPrincipalName: user.userPrincipalName,
    displayName: user.displayName,
    alias: user.userPrincipalName.split('@')[0] ?? user.userPrincipalName,
    primarySmtpAddress: user.userPrincipalName,
    emailAddresses: mailboxAddresses(user.userPrincipalName, org.initialDomain),
    type,
    state: 'active',
    forwardingSmtpAddress: null,
    forwardingAddress: null,
    deliverToMailboxAndForward: false,
    litigationHoldEnabled: false,
    litigationHoldDate: null,
    hiddenFromAddressListsEnabled: false,
    permissions: [],
    autoReply: null,
    whenCreated: now,
    softDeletedAt: null,
    disableAt: null,
  };
}

export function newOneDrive(
  user: Pick<User, 'id' | 'userPrincipalName' | 'displayName'>,
  org: Pick<Organisation, 'initialDomain' | 'settings'>,
  siteId: Guid,
  now: IsoDate,
  url?: string,
): OneDrive {
  return {
    ownerId: user.id,
    siteId,
    url: url ?? oneDriveUrl(org.initialDomain, user.userPrincipalName),
    ownerUpn: user.userPrincipalName,
    title: user.displayName,
    siteCollectionAdmins: [user.userPrincipalName],
    storageQuotaMb: org.settings.oneDriveStorageQuota,
    storageUsedMb: 0,
    lockState: 'Unlock',
    whenCreated: now,
    state: 'active',
    ownerDeletedAt: null,
    retainUntil: null,
    recycledAt: null,
    purgeAt: null,
  };
}
