import type { Guid, IsoDate } from './ids.js';

/** T-CLOUD-1: a tenant lives in exactly one cloud instance. */
export const CLOUD_INSTANCES = ['Worldwide', 'Germany', 'China', 'USGovernment'] as const;
export type CloudInstance = (typeof CLOUD_INSTANCES)[number];

export interface VerifiedDomain {
  readonly name: string;
  readonly isDefault: boolean;
  /** The `<label>.onmicrosoft.com` domain made with the tenant; its label is the AccountName. */
  readonly isInitial: boolean;
}

export interface TenantSettings {
  /** DESIGN.md Identity: who the modules run as before any Connect-*; null leaves it unset. */
  readonly autoConnectAs: string | null;
  /** T-OD-1: days a deleted user's OneDrive is kept (Set-SPOTenant, 30 to 3650). */
  readonly orphanedPersonalSitesRetentionPeriod: number;
  /** T-OD-1: days a deleted site stays in the SharePoint site recycle bin. */
  readonly siteRecycleBinRetentionPeriod: number;
  /** MB given to a new OneDrive (Get-SPOTenant OneDriveStorageQuota). */
  readonly oneDriveStorageQuota: number;
}

export interface Organisation {
  /** The tenant id (Get-MgOrganization Id, Get-MsolCompanyInformation ObjectId). */
  readonly id: Guid;
  readonly displayName: string;
  /** e.g. `contoso.onmicrosoft.com`. */
  readonly initialDomain: string;
  readonly verifiedDomains: readonly VerifiedDomain[];
  readonly cloudInstance: CloudInstance;
  readonly countryLetterCode: string;
  /** T-DEL-4: a user counts as synchronized only while directory sync is on for the tenant. */
  readonly directorySynchronizationEnabled: boolean;
  readonly lastDirSyncTime: IsoDate | null;
  readonly createdDateTime: IsoDate;
  readonly settings: TenantSettings;
}

/** The AccountName of MSOnline's AccountSkuId (`contoso` in `contoso:ENTERPRISEPACK`). */
export const accountName = (org: Pick<Organisation, 'initialDomain'>): string =>
  org.initialDomain.split('.')[0] ?? org.initialDomain;
