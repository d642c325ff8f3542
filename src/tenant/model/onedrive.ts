import type { Guid, IsoDate } from './ids.js';

/**
 * T-OD-1 life cycle: `active` while the owner exists; `retained` from the owner's deletion until
 * `retainUntil` (still reachable with Get-SPOSite -Identity, T-OD-2); `recycled` in the SharePoint
 * site recycle bin until `purgeAt` (Get-SPODeletedSite); then the record is removed.
 */
export type OneDriveState = 'active' | 'retained' | 'recycled';

export interface OneDrive {
  /** The owner's object id; the record outlives the owner's purge (T-OD-1). */
  readonly ownerId: Guid;
  readonly siteId: Guid;
  /** `https://contoso-my.sharepoint.com/personal/jan_contoso_onmicrosoft_com` (no trailing slash). */
  readonly url: string;
  readonly ownerUpn: string;
  readonly title: string;
  /** Login names (UPNs) of the site collection admins; the owner is the first (T-OD-2). */
  readonly siteCollectionAdmins: readonly string[];
  readonly storageQuotaMb: number;
  readonly storageUsedMb: number;
  readonly lockState: 'Unlock' | 'ReadOnly' | 'NoAccess';
  readonly whenCreated: IsoDate;
  readonly state: OneDriveState;
  /** When the owner was deleted: the start of the retention period (T-OD-1). */
  readonly ownerDeletedAt: IsoDate | null;
  readonly retainUntil: IsoDate | null;
  /** When it moved to the site recycle bin, and when it leaves it for good. */
  readonly recycledAt: IsoDate | null;
  readonly purgeAt: IsoDate | null;
}

/**
 * SharePoint's OneDrive path: the UPN lower-cased, every character other than a letter, digit or
 * `-` replaced by `_` (exchange-onedrive-cmdlets.md 2.10).
 */
export const oneDriveUrl = (initialDomain: string, upn: string): string => {
  const tenant = initialDomain.split('.')[0] ?? initialDomain;
  return `https://${tenant}-my.sharepoint.com/personal/${upn.toLowerCase().replace(/[^a-z0-9-]/g, '_')}`;
};
