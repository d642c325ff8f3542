/**
 * MSOnline's output objects (namespace Microsoft.Online.Administration), built from tenant
 * records. Properties are in the order the real data contracts list them (alphabetical), with the
 * names directory-cmdlets.md section 2 gives.
 */
import type { PSObject } from '../../runtime/values/PSObject.js';
import {
  accountName,
  skuById,
  type AssignedLicense,
  type Organisation,
  type RoleDefinition,
  type ServicePlan,
  type SkuDefinition,
  type User,
} from '../../tenant/index.js';
import type { AccountSku } from '../../tenant/services/licensing/LicensingService.js';
import { genericList, guid, stringList, typedObject, utcDate } from './values.js';

const NS = 'Microsoft.Online.Administration';
export const MSOL_TYPES = {
  user: `${NS}.User`,
  userLicense: `${NS}.UserLicense`,
  accountSkuDetails: `${NS}.AccountSkuDetails`,
  serviceStatus: `${NS}.ServiceStatus`,
  servicePlan: `${NS}.ServicePlan`,
  accountSku: `${NS}.AccountSKU`,
  role: `${NS}.Role`,
  roleMember: `${NS}.RoleMember`,
  domain: `${NS}.Domain`,
  company: `${NS}.CompanyInformation`,
  subscription: `${NS}.Subscription`,
  licenseOption: `${NS}.LicenseOption`,
} as const;

/** The service a plan belongs to, as ServicePlan.ServiceType shows it [mem]. */
function serviceType(plan: ServicePlan): string {
  const n = plan.name.toUpperCase();
  if (n.startsWith('EXCHANGE')) return 'Exchange';
  if (n.startsWith('SHAREPOINT')) return 'SharePoint';
  if (n.startsWith('MCO')) return 'MicrosoftCommunicationsOnline';
  if (n.startsWith('OFFICESUBSCRIPTION')) return 'MicrosoftOffice';
  if (n.startsWith('TEAMS')) return 'TeamspaceAPI';
  return 'Other';
}

function servicePlanObject(plan: ServicePlan): PSObject {
  return typedObject(
    [MSOL_TYPES.servicePlan],
    [
      ['ServiceName', plan.name],
      ['ServicePlanId', guid(plan.id)],
      ['ServiceType', serviceType(plan)],
      ['TargetClass', 'User'],
    ],
  );
}

function serviceStatus(plan: ServicePlan, status: string): PSObject {
  return typedObject(
    [MSOL_TYPES.serviceStatus],
    [
      ['ProvisioningStatus', status],
      ['ServicePlan', servicePlanObject(plan)],
    ],
  );
}

function userLicense(org: Organisation, license: AssignedLicense): PSObject | null {
  const sku = skuById(license.skuId);
  if (!sku) return null;
  const name = accountName(org);
  return typedObject(
    [MSOL_TYPES.userLicense],
    [
      [
        'AccountSku',
        typedObject(
          [MSOL_TYPES.accountSkuDetails],
          [
            ['AccountName', name],
            ['SkuPartNumber', sku.skuPartNumber],
          ],
        ),
      ],
      ['AccountSkuId', `${name}:${sku.skuPartNumber}`],
      ['GroupsAssigningLicense', genericList('System.Guid', [])],
      [
        'ServiceStatus',
        genericList(
          MSOL_TYPES.serviceStatus,
          sku.servicePlans.map((p) => serviceStatus(p, license.disabledPlans.includes(p.id) ? 'Disabled' : 'Success')),
        ),
      ],
    ],
  );
}

/** The facts a User object shows that are not on the user record. */
export interface UserFacts {
  readonly org: Organisation;
  /** New-MsolUser shows the (generated) password. */
  readonly password?: string | null;
}

export function msolUser(u: User, facts: UserFacts): PSObject {
  const licenses = u.licenses.map((l) => userLicense(facts.org, l)).filter((l): l is PSObject => l !== null);
  const entries: [string, unknown][] = [
    ['AlternateEmailAddresses', stringList([])],
    ['AlternateMobilePhones', stringList([])],
    ['BlockCredential', !u.accountEnabled],
    ['City', u.city ?? null],
    ['Country', u.country ?? null],
    ['Department', u.department ?? null],
    ['DisplayName', u.displayName],
    ['Errors', genericList(`${NS}.ValidationError`, [])],
    ['Fax', null],
    ['FirstName', u.firstName ?? null],
    ['ImmutableId', u.immutableId],
    ['IsBlackberryUser', false],
    ['IsLicensed', u.licenses.length > 0],
    ['LastDirSyncTime', utcDate(u.lastDirSyncTime)],
    ['LastName', u.lastName ?? null],
    ['LastPasswordChangeTimestamp', utcDate(u.lastPasswordChangeTimestamp ?? u.whenCreated)],
    ['LicenseReconciliationNeeded', false],
    ['Licenses', genericList(MSOL_TYPES.userLicense, licenses)],
    ['LiveId', liveId(u.id)],
    ['MobilePhone', u.mobilePhone ?? null],
    ['ObjectId', guid(u.id)],
    ['Office', u.officeLocation ?? null],
    ['OverallProvisioningStatus', u.licenses.length > 0 ? 'Success' : 'None'],
  ];
  if (facts.password !== undefined) entries.push(['Password', facts.password]);
  entries.push(
    ['PasswordNeverExpires', false],
    ['PhoneNumber', null],
    ['PostalCode', null],
    ['PreferredDataLocation', null],
    ['PreferredLanguage', null],
    ['ProxyAddresses', stringList(u.proxyAddresses)],
    ['SignInName', u.userPrincipalName],
    ['SoftDeletionTimestamp', utcDate(u.softDeletionTimestamp)],
    ['State', null],
    ['StreetAddress', null],
    ['StrongAuthenticationMethods', genericList(`${NS}.StrongAuthenticationMethod`, [])],
    ['StrongAuthenticationRequirements', genericList(`${NS}.StrongAuthenticationRequirement`, [])],
    ['StrongPasswordRequired', true],
    ['StsRefreshTokensValidFrom', utcDate(u.refreshTokensValidFrom ?? u.whenCreated)],
    ['Title', u.jobTitle ?? null],
    ['UsageLocation', u.usageLocation],
    ['UserPrincipalName', u.userPrincipalName],
    ['UserType', u.userType],
    ['ValidationStatus', 'Healthy'],
    ['WhenCreated', utcDate(u.whenCreated)],
  );
  return typedObject([MSOL_TYPES.user], entries);
}

/** A stable 16-hex-digit PUID-like LiveId derived from the object id. */
function liveId(objectId: string): string {
  return objectId.replace(/-/g, '').slice(0, 16).toUpperCase();
}

function accountSkuServiceStatus(sku: SkuDefinition): PSObject[] {
  return sku.servicePlans.map((p) => serviceStatus(p, 'Success'));
}

export function msolAccountSku(a: AccountSku, org: Organisation): PSObject {
  return typedObject(
    [MSOL_TYPES.accountSku],
    [
      ['AccountName', a.accountName],
      ['AccountObjectId', guid(org.id)],
      ['AccountSkuId', a.accountSkuId],
      ['ActiveUnits', a.activeUnits],
      ['ConsumedUnits', a.consumedUnits],
      ['LockedOutUnits', 0],
      ['ServiceStatus', genericList(MSOL_TYPES.serviceStatus, accountSkuServiceStatus(a.sku))],
      ['SkuId', guid(a.sku.skuId)],
      ['SkuPartNumber', a.sku.skuPartNumber],
      ['SubscriptionIds', genericList('System.Guid', [guid(a.subscription.id)])],
      ['SuspendedUnits', a.suspendedUnits],
      ['TargetClass', 'User'],
      ['WarningUnits', a.warningUnits],
    ],
  );
}

export function msolRole(r: RoleDefinition): PSObject {
  return typedObject(
    [MSOL_TYPES.role],
    [
      ['Description', r.description],
      ['IsEnabled', true],
      ['IsSystem', true],
      ['Name', r.msolName],
      ['ObjectId', guid(r.id)],
    ],
  );
}

export function msolRoleMember(u: User): PSObject {
  return typedObject(
    [MSOL_TYPES.roleMember],
    [
      ['DisplayName', u.displayName],
      ['EmailAddress', u.userPrincipalName],
      ['IsLicensed', u.licenses.length > 0],
      ['LastDirSyncTime', utcDate(u.lastDirSyncTime)],
      ['ObjectId', guid(u.id)],
      ['OverallProvisioningStatus', u.licenses.length > 0 ? 'Success' : 'None'],
      ['RoleMemberType', 'User'],
      ['ValidationStatus', 'Healthy'],
    ],
  );
}

export function msolDomain(d: Organisation['verifiedDomains'][number]): PSObject {
  return typedObject(
    [MSOL_TYPES.domain],
    [
      ['Authentication', 'Managed'],
      ['Capabilities', d.isInitial ? 'Email, OfficeCommunicationsOnline' : 'Email'],
      ['IsDefault', d.isDefault],
      ['IsInitial', d.isInitial],
      ['Name', d.name],
      ['RootDomain', null],
      ['Status', 'Verified'],
    ],
  );
}

export function msolCompany(org: Organisation): PSObject {
  const initial = org.verifiedDomains.find((d) => d.isInitial)?.name ?? org.initialDomain;
  return typedObject(
    [MSOL_TYPES.company],
    [
      ['AllowAdHocSubscriptions', true],
      ['AllowEmailVerifiedUsers', true],
      ['AuthorizedServiceInstances', stringList([])],
      ['City', null],
      ['CompanyType', 'CompanyTenant'],
      ['Country', null],
      ['CountryLetterCode', org.countryLetterCode],
      ['DapEnabled', false],
      ['DirectorySynchronizationEnabled', org.directorySynchronizationEnabled],
      ['DirSyncServiceAccount', null],
      ['DisplayName', org.displayName],
      ['InitialDomain', initial],
      ['LastDirSyncTime', utcDate(org.lastDirSyncTime)],
      ['LastPasswordSyncTime', null],
      ['MarketingNotificationEmails', stringList([])],
      ['ObjectId', guid(org.id)],
      ['PasswordSynchronizationEnabled', false],
      ['PostalCode', null],
      ['PreferredLanguage', 'en'],
      ['State', null],
      ['Street', null],
      ['TechnicalNotificationEmails', stringList([])],
      ['TelephoneNumber', null],
      ['UsersPermissionToCreateGroupsEnabled', true],
      ['UsersPermissionToCreateLOBAppsEnabled', true],
      ['UsersPermissionToReadOtherUsersEnabled', true],
      ['UsersPermissionToUserConsentToAppEnabled', true],
    ],
  );
}

/**
 * Get-MsolSubscription's object. NextLifecycleDate: the commitment end of a committed term, else
 * the next monthly renewal after `nowMs`.
 */
export function msolSubscription(a: AccountSku, nowMs: number): PSObject {
  const s = a.subscription;
  return typedObject(
    [MSOL_TYPES.subscription],
    [
      ['DateCreated', utcDate(s.createdDateTime)],
      ['IsTrial', false],
      ['NextLifecycleDate', utcDate(s.commitmentEndDate ?? nextMonthly(s.createdDateTime, nowMs))],
      ['ObjectId', guid(s.id)],
      ['OcpSubscriptionId', guid(s.id)],
      ['ServiceStatus', genericList(MSOL_TYPES.serviceStatus, accountSkuServiceStatus(a.sku))],
      ['SkuId', guid(s.skuId)],
      ['SkuPartNumber', s.skuPartNumber],
      ['Status', s.status],
      ['TotalLicenses', s.units],
    ],
  );
}

function nextMonthly(createdIso: string, nowMs: number): string {
  const d = new Date(createdIso);
  while (d.getTime() <= nowMs) d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString();
}
