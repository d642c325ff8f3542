/**
 * A tenant user as the Graph service returns it: its JSON members by camelCase name. The filter
 * reads this (filter/types.ts), and shapes.ts turns it into the SDK's MicrosoftGraphUser.
 */
import type { Tenant, User } from '../../tenant/index.js';
import type { FilterRecord, FilterValue } from './filter/types.js';

export type Json = string | number | boolean | null | readonly Json[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: Json;
}

export type PropertyKind = 'string' | 'bool' | 'date' | 'strings' | 'licenses';

/** MicrosoftGraphUser's properties the emulator fills, in the SDK's (alphabetical) order. */
export const USER_PROPERTIES: readonly (readonly [string, PropertyKind])[] = [
  ['accountEnabled', 'bool'],
  ['assignedLicenses', 'licenses'],
  ['businessPhones', 'strings'],
  ['city', 'string'],
  ['companyName', 'string'],
  ['country', 'string'],
  ['createdDateTime', 'date'],
  ['deletedDateTime', 'date'],
  ['department', 'string'],
  ['displayName', 'string'],
  ['givenName', 'string'],
  ['id', 'string'],
  ['jobTitle', 'string'],
  ['lastPasswordChangeDateTime', 'date'],
  ['mail', 'string'],
  ['mailNickname', 'string'],
  ['mobilePhone', 'string'],
  ['officeLocation', 'string'],
  ['onPremisesImmutableId', 'string'],
  ['onPremisesLastSyncDateTime', 'date'],
  ['onPremisesSyncEnabled', 'bool'],
  ['otherMails', 'strings'],
  ['preferredLanguage', 'string'],
  ['proxyAddresses', 'strings'],
  ['signInSessionsValidFromDateTime', 'date'],
  ['surname', 'string'],
  ['usageLocation', 'string'],
  ['userPrincipalName', 'string'],
  ['userType', 'string'],
];

const KNOWN = new Map(USER_PROPERTIES.map(([name, kind]) => [name.toLowerCase(), { name, kind }]));

/** The property's canonical name, or undefined when microsoft.graph.user has none by that name. */
export const userProperty = (name: string): { name: string; kind: PropertyKind } | undefined => KNOWN.get(name.toLowerCase());

/** What Graph returns without $select (the "Get user" page's default set). */
export const DEFAULT_USER_PROPERTIES: readonly string[] = [
  'businessPhones',
  'displayName',
  'givenName',
  'id',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
];

/**
 * The user's JSON. A deleted user's UPN is rewritten to `<id without dashes><UPN>` as the service
 * does for the recycle bin (directory-cmdlets.md 4, Get-MgDirectoryDeletedItemAsUser).
 */
export function userJson(tenant: Tenant, u: User): Map<string, Json> {
  const mailbox = tenant.mailboxes.find(u.id);
  const deleted = u.softDeletionTimestamp !== null;
  const upn = deleted ? u.id.replace(/-/g, '') + u.userPrincipalName : u.userPrincipalName;
  const synced = tenant.directory.isSynced(u);
  const data: [string, Json][] = [
    ['accountEnabled', u.accountEnabled],
    ['assignedLicenses', u.licenses.map((l) => ({ disabledPlans: [...l.disabledPlans], skuId: l.skuId }))],
    ['businessPhones', []],
    ['city', u.city ?? null],
    ['companyName', null],
    ['country', u.country ?? null],
    ['createdDateTime', u.whenCreated],
    ['deletedDateTime', u.softDeletionTimestamp],
    ['department', u.department ?? null],
    ['displayName', u.displayName],
    ['givenName', u.firstName ?? null],
    ['id', u.id],
    ['jobTitle', u.jobTitle ?? null],
    ['lastPasswordChangeDateTime', u.lastPasswordChangeTimestamp ?? u.whenCreated],
    ['mail', mailbox ? mailbox.primarySmtpAddress : null],
    ['mailNickname', mailbox ? mailbox.alias : u.userPrincipalName.split('@')[0]!],
    ['mobilePhone', u.mobilePhone ?? null],
    ['officeLocation', u.officeLocation ?? null],
    ['onPremisesImmutableId', u.immutableId],
    ['onPremisesLastSyncDateTime', u.lastDirSyncTime],
    ['onPremisesSyncEnabled', synced ? true : null],
    ['otherMails', []],
    ['preferredLanguage', null],
    ['proxyAddresses', mailbox ? [...mailbox.emailAddresses] : [...u.proxyAddresses]],
    ['signInSessionsValidFromDateTime', u.refreshTokensValidFrom ?? u.whenCreated],
    ['surname', u.lastName ?? null],
    ['usageLocation', u.usageLocation],
    ['userPrincipalName', upn],
    ['userType', u.userType],
  ];
  return new Map(data.map(([k, v]) => [k.toLowerCase(), v]));
}

/** JSON as the filter reads it: objects become case-insensitive records. */
export function jsonRecord(data: ReadonlyMap<string, Json>): FilterRecord {
  return { get: (name) => toFilterValue(data.get(name.toLowerCase())) };
}

function toFilterValue(v: Json | undefined): FilterValue | undefined {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return (v as readonly Json[]).map((x) => toFilterValue(x) ?? null);
  if (typeof v === 'object' && v !== null) {
    const entries = new Map(Object.entries(v).map(([k, x]) => [k.toLowerCase(), x]));
    return jsonRecord(entries);
  }
  return v as FilterValue;
}
