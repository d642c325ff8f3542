/** MicrosoftGraphLicenseDetails (a user's licenses) and MicrosoftGraphSubscribedSku (the tenant's). */
import { createHash } from 'node:crypto';
import type { PSObject } from '../../runtime/values/PSObject.js';
import { enabledPlans, type AssignedLicense, type SkuDefinition } from '../../tenant/index.js';
import type { AccountSku } from '../../tenant/services/licensing/LicensingService.js';
import { additionalProperties, model } from './values.js';

function servicePlan(def: SkuDefinition, disabled: readonly string[] | null): PSObject[] {
  const on = new Set(enabledPlans(def, disabled ?? []).map((p) => p.id));
  return def.servicePlans.map((p) =>
    model('MicrosoftGraphServicePlanInfo', [
      ['AppliesTo', 'User'],
      ['ProvisioningStatus', disabled === null || on.has(p.id) ? 'Success' : 'Disabled'],
      ['ServicePlanId', p.id],
      ['ServicePlanName', p.name],
      ['AdditionalProperties', additionalProperties()],
    ]),
  );
}

/** The service's licenseDetails id: an opaque, stable base64url string per user and SKU. */
const licenseDetailsId = (userId: string, skuId: string): string =>
  createHash('sha256').update(`${userId}/${skuId}`).digest('base64url');

export function licenseDetails(userId: string, license: AssignedLicense, def: SkuDefinition): PSObject {
  return model('MicrosoftGraphLicenseDetails', [
    ['Id', licenseDetailsId(userId, license.skuId)],
    ['ServicePlans', servicePlan(def, license.disabledPlans)],
    ['SkuId', license.skuId],
    ['SkuPartNumber', def.skuPartNumber],
    ['AdditionalProperties', additionalProperties()],
  ]);
}

export function subscribedSku(a: AccountSku, tenantId: string): PSObject {
  const s = a.subscription;
  return model('MicrosoftGraphSubscribedSku', [
    ['AccountId', tenantId],
    ['AccountName', a.accountName],
    ['AppliesTo', 'User'],
    ['CapabilityStatus', s.status],
    ['ConsumedUnits', a.consumedUnits],
    ['Id', `${tenantId}_${s.skuId}`],
    [
      'PrepaidUnits',
      model('MicrosoftGraphLicenseUnitsDetail', [
        ['Enabled', a.activeUnits],
        ['LockedOut', 0],
        ['Suspended', a.suspendedUnits],
        ['Warning', a.warningUnits],
        ['AdditionalProperties', additionalProperties()],
      ]),
    ],
    ['ServicePlans', servicePlan(a.sku, null)],
    ['SkuId', s.skuId],
    ['SkuPartNumber', s.skuPartNumber],
    ['SubscriptionIds', [s.id]],
    ['AdditionalProperties', additionalProperties()],
  ]);
}
