import {
  ROLE,
  SCHEMA_VERSION,
  toIso,
  type CloudInstance,
  type TenantDocument,
  type User,
} from '../model/index.js';
import { SeededRandom } from './random.js';

export interface SampleOptions {
  /** T-CLOUD-1: the instance the tenant lives in (tenant init --cloud). Default Worldwide. */
  readonly cloud?: CloudInstance;
  /** false for tenant init --no-auto-connect: autoConnectAs stays unset. */
  readonly autoConnect?: boolean;
  /** The clock's time at init (ms), read by the caller from the real-time source. */
  readonly nowMs: number;
  /** Seeds the sample's ids (tenant id, admin id), so a seeded tenant is the same every time. */
  readonly seed?: string;
}

export const SAMPLE_DOMAIN = 'contoso.onmicrosoft.com';
export const SAMPLE_PASSWORD = 'Passw0rd!';
export const ADMIN_UPN = `admin@${SAMPLE_DOMAIN}`;

/**
 * `tenant init --sample empty` exactly as DESIGN.md says: contoso.onmicrosoft.com, one Global
 * Administrator admin@contoso.onmicrosoft.com (Passw0rd!, no license, so no mailbox and no
 * OneDrive), no subscriptions, the clock following real time, autoConnectAs that admin.
 */
export function emptySample(opts: SampleOptions): TenantDocument {
  const rnd = new SeededRandom(opts.seed ?? `empty:${opts.nowMs}`);
  const now = toIso(opts.nowMs);
  const admin: User = {
    id: rnd.guid(),
    userPrincipalName: ADMIN_UPN,
    displayName: 'MOD Administrator',
    firstName: 'MOD',
    lastName: 'Administrator',
    usageLocation: 'US',
    accountEnabled: true,
    password: SAMPLE_PASSWORD,
    userType: 'Member',
    roles: [ROLE.globalAdministrator],
    licenses: [],
    proxyAddresses: [],
    managerId: null,
    immutableId: null,
    lastDirSyncTime: null,
    whenCreated: now,
    softDeletionTimestamp: null,
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    journal: { generation: rnd.guid(), seq: 0 },
    organisation: {
      id: rnd.guid(),
      displayName: 'Contoso',
      initialDomain: SAMPLE_DOMAIN,
      verifiedDomains: [{ name: SAMPLE_DOMAIN, isDefault: true, isInitial: true }],
      cloudInstance: opts.cloud ?? 'Worldwide',
      countryLetterCode: 'US',
      directorySynchronizationEnabled: false,
      lastDirSyncTime: null,
      createdDateTime: now,
      settings: {
        autoConnectAs: opts.autoConnect === false ? null : ADMIN_UPN,
        orphanedPersonalSitesRetentionPeriod: 30,
        siteRecycleBinRetentionPeriod: 93,
        oneDriveStorageQuota: 1048576,
      },
    },
    clock: { mode: 'real' },
    subscriptions: [],
    users: [admin],
    groups: [],
    mailboxes: [],
    oneDrives: [],
    audit: [],
  };
}
