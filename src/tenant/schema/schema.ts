import { z } from 'zod';
import {
  BILLING_TERMS,
  CLOUD_INSTANCES,
  PURCHASE_CHANNELS,
  SCHEMA_VERSION,
  type AuditRecord,
  type ClockState,
  type Group,
  type JournalMark,
  type Mailbox,
  type OneDrive,
  type Organisation,
  type Subscription,
  type TenantDocument,
  type User,
} from '../model/index.js';

/**
 * The zod schema of the tenant file, one schema per record kind of src/tenant/model/. Each is
 * checked against its model type with `satisfies`, so the two cannot drift apart. Objects are
 * strict: a misspelt key in a hand-edited file is reported instead of silently ignored.
 */

const guid = z.guid();
const isoDate = z.iso.datetime({ offset: true });
const nonEmpty = z.string().min(1);

export const journalMarkSchema = z.strictObject({
  generation: guid,
  seq: z.int().nonnegative(),
}) satisfies z.ZodType<JournalMark>;

export const organisationSchema = z.strictObject({
  id: guid,
  displayName: nonEmpty,
  initialDomain: z
    .string()
    .regex(/^[a-z0-9-]+\.onmicrosoft\.(com|de|cn|us)$/i, 'expected <label>.onmicrosoft.com'),
  verifiedDomains: z
    .array(z.strictObject({ name: nonEmpty, isDefault: z.boolean(), isInitial: z.boolean() }))
    .min(1),
  cloudInstance: z.enum(CLOUD_INSTANCES),
  countryLetterCode: z.string().length(2),
  directorySynchronizationEnabled: z.boolean(),
  lastDirSyncTime: isoDate.nullable(),
  createdDateTime: isoDate,
  settings: z.strictObject({
    autoConnectAs: z.string().nullable(),
    orphanedPersonalSitesRetentionPeriod: z.int().min(30).max(3650),
    siteRecycleBinRetentionPeriod: z.int().positive(),
    oneDriveStorageQuota: z.int().positive(),
  }),
}) satisfies z.ZodType<Organisation>;

export const clockSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('real') }),
  z.strictObject({ mode: z.literal('offset'), offsetMs: z.number().finite() }),
  z.strictObject({ mode: z.literal('frozen'), at: isoDate }),
]) satisfies z.ZodType<ClockState>;

export const subscriptionSchema = z.strictObject({
  id: guid,
  skuId: guid,
  skuPartNumber: nonEmpty,
  units: z.int().nonnegative(),
  warningUnits: z.int().nonnegative(),
  suspendedUnits: z.int().nonnegative(),
  purchaseChannel: z.enum(PURCHASE_CHANNELS),
  billingTerm: z.enum(BILLING_TERMS),
  commitmentEndDate: isoDate.nullable(),
  createdDateTime: isoDate,
  status: z.enum(['Enabled', 'Warning', 'Suspended']),
}) satisfies z.ZodType<Subscription>;

export const userSchema = z.strictObject({
  id: guid,
  userPrincipalName: z
    .string()
    .regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'expected a user principal name (name@domain)'),
  displayName: nonEmpty,
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  department: z.string().optional(),
  jobTitle: z.string().optional(),
  city: z.string().optional(),
  country: z.string().optional(),
  officeLocation: z.string().optional(),
  mobilePhone: z.string().optional(),
  usageLocation: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected a two-letter country code')
    .nullable(),
  accountEnabled: z.boolean(),
  password: z.string(),
  userType: z.enum(['Member', 'Guest']),
  roles: z.array(guid),
  licenses: z.array(z.strictObject({ skuId: guid, disabledPlans: z.array(guid) })),
  proxyAddresses: z.array(
    z.string().regex(/^[A-Za-z0-9]+:.+$/, 'expected a prefixed address such as SMTP:jan@contoso.com'),
  ),
  managerId: guid.nullable(),
  immutableId: z.string().nullable(),
  lastDirSyncTime: isoDate.nullable(),
  whenCreated: isoDate,
  lastPasswordChangeTimestamp: isoDate.optional(),
  refreshTokensValidFrom: isoDate.optional(),
  softDeletionTimestamp: isoDate.nullable(),
  syncedDevices: z.int().nonnegative().optional(),
}) satisfies z.ZodType<User>;

export const groupSchema = z.strictObject({
  id: guid,
  displayName: nonEmpty,
  mailNickname: nonEmpty,
  mail: z.string().nullable(),
  groupTypes: z.array(z.string()),
  securityEnabled: z.boolean(),
  mailEnabled: z.boolean(),
  members: z.array(guid),
  owners: z.array(guid),
  createdDateTime: isoDate,
}) satisfies z.ZodType<Group>;

export const mailboxSchema = z.strictObject({
  userId: guid,
  exchangeGuid: guid,
  userPrincipalName: nonEmpty,
  displayName: nonEmpty,
  alias: nonEmpty,
  primarySmtpAddress: nonEmpty,
  emailAddresses: z.array(z.string()),
  type: z.enum(['UserMailbox', 'SharedMailbox']),
  state: z.enum(['active', 'softDeleted', 'inactive', 'disabled']),
  forwardingSmtpAddress: z.string().nullable(),
  forwardingAddress: guid.nullable(),
  deliverToMailboxAndForward: z.boolean(),
  litigationHoldEnabled: z.boolean(),
  litigationHoldDate: isoDate.nullable(),
  hiddenFromAddressListsEnabled: z.boolean(),
  permissions: z.array(
    z.strictObject({
      userId: guid,
      accessRights: z.array(z.string()),
      inheritanceType: z.string(),
      automapping: z.boolean(),
    }),
  ),
  autoReply: z
    .strictObject({
      autoReplyState: z.enum(['Disabled', 'Enabled', 'Scheduled']),
      internalMessage: z.string(),
      externalMessage: z.string(),
      externalAudience: z.enum(['None', 'Known', 'All']),
      startTime: isoDate.nullable(),
      endTime: isoDate.nullable(),
    })
    .nullable(),
  whenCreated: isoDate,
  softDeletedAt: isoDate.nullable(),
  disableAt: isoDate.nullable(),
}) satisfies z.ZodType<Mailbox>;

export const oneDriveSchema = z.strictObject({
  ownerId: guid,
  siteId: guid,
  url: z.url(),
  ownerUpn: nonEmpty,
  title: z.string(),
  siteCollectionAdmins: z.array(z.string()),
  storageQuotaMb: z.int().nonnegative(),
  storageUsedMb: z.number().nonnegative(),
  lockState: z.enum(['Unlock', 'ReadOnly', 'NoAccess']),
  whenCreated: isoDate,
  state: z.enum(['active', 'retained', 'recycled']),
  ownerDeletedAt: isoDate.nullable(),
  retainUntil: isoDate.nullable(),
  recycledAt: isoDate.nullable(),
  purgeAt: isoDate.nullable(),
}) satisfies z.ZodType<OneDrive>;

export const auditRecordSchema = z.strictObject({
  id: guid,
  time: isoDate,
  seq: z.int().nonnegative(),
  runId: guid,
  actor: z.string(),
  operation: nonEmpty,
  workload: z.enum(['AzureActiveDirectory', 'Exchange', 'SharePoint', 'OneDrive', 'Tenant']),
  target: z.string(),
  targetId: guid.nullable(),
  details: z.record(z.string(), z.unknown()),
  refused: z.boolean(),
  rule: z
    .string()
    .regex(/^T-[A-Z]+-\d+$/)
    .nullable(),
  errorKind: z.string().nullable(),
}) as unknown as z.ZodType<AuditRecord>; // `rule` is checked by pattern; the RuleId union is the model's.

/** The schema of each collection's records, for the journal replay's per-record checks. */
export const recordSchemas = {
  subscriptions: subscriptionSchema,
  users: userSchema,
  groups: groupSchema,
  mailboxes: mailboxSchema,
  oneDrives: oneDriveSchema,
  audit: auditRecordSchema,
} as const;

export const documentSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  journal: journalMarkSchema,
  organisation: organisationSchema,
  clock: clockSchema,
  subscriptions: z.array(subscriptionSchema),
  users: z.array(userSchema),
  groups: z.array(groupSchema),
  mailboxes: z.array(mailboxSchema),
  oneDrives: z.array(oneDriveSchema),
  audit: z.array(auditRecordSchema),
}) satisfies z.ZodType<TenantDocument>;
