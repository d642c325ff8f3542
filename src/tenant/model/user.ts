import type { Guid, IsoDate } from './ids.js';
import type { RoleId } from './roles.js';

/** One license on a user: the SKU and the service plans switched off in it (LicenseOptions). */
export interface AssignedLicense {
  readonly skuId: Guid;
  readonly disabledPlans: readonly Guid[];
}

/**
 * A directory user (MSOnline User, Graph user). Deleted users stay in the same collection with
 * `softDeletionTimestamp` set (T-DEL-1): a restore then only clears that field, and the licenses
 * they held are kept on the record (not counted as consumed, T-LIC-1) so T-DEL-3 can give them back.
 * Rarely set profile fields are optional so that a 100,000-user file stays small.
 */
export interface User {
  readonly id: Guid;
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly department?: string;
  readonly jobTitle?: string;
  readonly city?: string;
  readonly country?: string;
  readonly officeLocation?: string;
  readonly mobilePhone?: string;
  /** Two-letter ISO country code; T-LIC-6 needs it before a license is assigned. */
  readonly usageLocation: string | null;
  /** false = sign-in blocked (MSOnline BlockCredential = !accountEnabled). */
  readonly accountEnabled: boolean;
  /** Plain text: the emulator checks Connect-* credentials against it. */
  readonly password: string;
  readonly userType: 'Member' | 'Guest';
  /** Role template ids (see roles.ts); MSOnline and Graph both read them. */
  readonly roles: readonly RoleId[];
  readonly licenses: readonly AssignedLicense[];
  /** `SMTP:` primary and `smtp:` secondaries, as ProxyAddresses shows them. */
  readonly proxyAddresses: readonly string[];
  readonly managerId: Guid | null;
  /** T-DEL-4: set for users synchronized from on-premises AD. */
  readonly immutableId: string | null;
  readonly lastDirSyncTime: IsoDate | null;
  readonly whenCreated: IsoDate;
  readonly lastPasswordChangeTimestamp?: IsoDate;
  /** Revoke-*SignInSession / Revoke-AzureADUserAllRefreshToken set it to now. */
  readonly refreshTokensValidFrom?: IsoDate;
  /** T-DEL-1: set while the user is in the recycle bin. */
  readonly softDeletionTimestamp: IsoDate | null;
  /** T-OD-4: PCs holding synced copies of the user's files (reported, never wiped). */
  readonly syncedDevices?: number;
}

export const isDeleted = (user: Pick<User, 'softDeletionTimestamp'>): boolean =>
  user.softDeletionTimestamp !== null;
