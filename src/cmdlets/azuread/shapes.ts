/**
 * AzureAD's output objects (namespace Microsoft.Open.AzureAD.Model), in the order the module's
 * Format-List shows their properties [mem]. Collections are generic lists of model objects.
 */
import type { PSObject } from '../../runtime/values/PSObject.js';
import {
  skuById,
  type Group,
  type Organisation,
  type RoleDefinition,
  type SkuDefinition,
  type User,
} from '../../tenant/index.js';
import type { AccountSku } from '../../tenant/services/licensing/LicensingService.js';
import { activatedRoleObjectId } from '../../tenant/services/directory/activatedRoles.js';
import { genericList, stringList, typedObject, utcDate } from '../msonline/values.js';
import { AAD_MODEL } from './types.js';

const NS = 'Microsoft.Open.AzureAD.Model';
export const AAD_TYPES = {
  directoryObject: `${NS}.DirectoryObject`,
  user: `${NS}.User`,
  subscribedSku: `${NS}.SubscribedSku`,
  licenseUnitsDetail: `${NS}.LicenseUnitsDetail`,
  servicePlanInfo: `${NS}.ServicePlanInfo`,
  licenseDetail: `${NS}.LicenseDetail`,
  directoryRole: `${NS}.DirectoryRole`,
  tenantDetail: `${NS}.TenantDetail`,
  verifiedDomain: `${NS}.VerifiedDomain`,
  context: 'Microsoft.Open.Azure.AD.CommonLibrary.PSAzureContext',
} as const;

const user = (entries: [string, unknown][]): PSObject =>
  typedObject([AAD_TYPES.user, AAD_TYPES.directoryObject], entries);

export function aadUser(u: User, mailboxAddress: string | null): PSObject {
  const licenses = u.licenses.map((l) =>
    typedObject(
      [AAD_MODEL.assignedLicense],
      [
        ['DisabledPlans', stringList(l.disabledPlans)],
        ['SkuId', l.skuId],
      ],
    ),
  );
  return user([
    ['DeletionTimestamp', utcDate(u.softDeletionTimestamp)],
    ['ObjectId', u.id],
    ['ObjectType', 'User'],
    ['AccountEnabled', u.accountEnabled],
    ['AssignedLicenses', genericList(AAD_MODEL.assignedLicense, licenses)],
    ['City', u.city ?? null],
    ['Country', u.country ?? null],
    ['Department', u.department ?? null],
    ['DirSyncEnabled', u.immutableId !== null && u.lastDirSyncTime !== null ? true : null],
    ['DisplayName', u.displayName],
    ['GivenName', u.firstName ?? null],
    ['ImmutableId', u.immutableId],
    ['JobTitle', u.jobTitle ?? null],
    ['LastDirSyncTime', utcDate(u.lastDirSyncTime)],
    ['Mail', mailboxAddress],
    ['MailNickName', u.userPrincipalName.slice(0, u.userPrincipalName.indexOf('@'))],
    ['Mobile', u.mobilePhone ?? null],
    ['OtherMails', stringList([])],
    ['PasswordPolicies', null],
    ['PhysicalDeliveryOfficeName', u.officeLocation ?? null],
    ['ProxyAddresses', stringList(u.proxyAddresses)],
    ['RefreshTokensValidFromDateTime', utcDate(u.refreshTokensValidFrom ?? u.whenCreated)],
    ['ShowInAddressList', null],
    ['Surname', u.lastName ?? null],
    ['UsageLocation', u.usageLocation],
    ['UserPrincipalName', u.userPrincipalName],
    ['UserType', u.userType],
  ]);
}

/** A user as a role or group member list shows it (a DirectoryObject). */
export function aadMemberObject(u: User): PSObject {
  return typedObject(
    [AAD_TYPES.directoryObject],
    [
      ['ObjectId', u.id],
      ['ObjectType', 'User'],
      ['DisplayName', u.displayName],
      ['UserPrincipalName', u.userPrincipalName],
    ],
  );
}

export function aadGroupObject(g: Group): PSObject {
  return typedObject(
    [AAD_TYPES.directoryObject],
    [
      ['ObjectId', g.id],
      ['ObjectType', 'Group'],
      ['DisplayName', g.displayName],
      ['Mail', g.mail],
      ['MailEnabled', g.mailEnabled],
      ['SecurityEnabled', g.securityEnabled],
    ],
  );
}

export function aadDirectoryRole(r: RoleDefinition, tenantId: string, asMembership = false): PSObject {
  return typedObject(asMembership ? [AAD_TYPES.directoryObject] : [AAD_TYPES.directoryRole, AAD_TYPES.directoryObject], [
    ['ObjectId', activatedRoleObjectId(tenantId, r.id)],
    ['ObjectType', 'Role'],
    ['Description', r.description],
    ['DisplayName', r.displayName],
    ['IsSystem', true],
    ['RoleDisabled', false],
    ['RoleTemplateId', r.id],
  ]);
}

function servicePlans(sku: SkuDefinition, disabled: readonly string[]): PSObject[] {
  return sku.servicePlans.map((p) =>
    typedObject(
      [AAD_TYPES.servicePlanInfo],
      [
        ['AppliesTo', 'User'],
        ['ProvisioningStatus', disabled.includes(p.id) ? 'Disabled' : 'Success'],
        ['ServicePlanId', p.id],
        ['ServicePlanName', p.name],
      ],
    ),
  );
}

export function aadSubscribedSku(a: AccountSku, tenantId: string): PSObject {
  const units = typedObject(
    [AAD_TYPES.licenseUnitsDetail],
    [
      ['Enabled', a.activeUnits],
      ['Suspended', a.suspendedUnits],
      ['Warning', a.warningUnits],
    ],
  );
  return typedObject(
    [AAD_TYPES.subscribedSku],
    [
      ['ObjectId', `${tenantId}_${a.sku.skuId}`],
      ['AppliesTo', 'User'],
      ['CapabilityStatus', a.subscription.status],
      ['ConsumedUnits', a.consumedUnits],
      ['PrepaidUnits', units],
      ['ServicePlans', genericList(AAD_TYPES.servicePlanInfo, servicePlans(a.sku, []))],
      ['SkuId', a.sku.skuId],
      ['SkuPartNumber', a.sku.skuPartNumber],
    ],
  );
}

export function aadLicenseDetails(u: User): PSObject[] {
  const out: PSObject[] = [];
  for (const l of u.licenses) {
    const sku = skuById(l.skuId);
    if (!sku) continue;
    out.push(
      typedObject(
        [AAD_TYPES.licenseDetail],
        [
          // The service's id: base64url-like text built from the user and SKU [mem]; opaque to scripts.
          ['ObjectId', Buffer.from(`${u.id}${sku.skuId}`.replace(/-/g, ''), 'hex').toString('base64url')],
          ['ServicePlans', genericList(AAD_TYPES.servicePlanInfo, servicePlans(sku, l.disabledPlans))],
          ['SkuId', sku.skuId],
          ['SkuPartNumber', sku.skuPartNumber],
        ],
      ),
    );
  }
  return out;
}

export function aadTenantDetail(org: Organisation): PSObject {
  const domains = org.verifiedDomains.map((d) =>
    typedObject(
      [AAD_TYPES.verifiedDomain],
      [
        ['Capabilities', d.isInitial ? 'Email, OfficeCommunicationsOnline' : 'Email'],
        ['_Default', d.isDefault],
        ['Id', null],
        ['Initial', d.isInitial],
        ['Name', d.name],
        ['Type', 'Managed'],
      ],
    ),
  );
  return typedObject(
    [AAD_TYPES.tenantDetail, AAD_TYPES.directoryObject],
    [
      ['ObjectId', org.id],
      ['ObjectType', 'Company'],
      ['City', null],
      ['CountryLetterCode', org.countryLetterCode],
      ['DirSyncEnabled', org.directorySynchronizationEnabled ? true : null],
      ['DisplayName', org.displayName],
      ['TechnicalNotificationMails', stringList([])],
      ['VerifiedDomains', genericList(AAD_TYPES.verifiedDomain, domains)],
    ],
  );
}

export function aadContextObject(account: string, environment: string, org: Organisation): PSObject {
  return typedObject(
    [AAD_TYPES.context],
    [
      ['Account', account],
      ['Environment', environment],
      ['TenantId', org.id],
      ['TenantDomain', org.initialDomain],
      ['AccountType', 'User'],
    ],
  );
}
