/** AzureAD's default views (directory-cmdlets.md section 3; [doc] examples unless marked). */
import { registerDefaultView, type ViewColumn } from '../../runtime/format/views.js';
import { getPropertyValue } from '../../runtime/members/properties.js';
import { AAD_TYPES } from './shapes.js';

const col = (label: string): ViewColumn => ({ label, property: label });

export function registerAadViews(): void {
  registerDefaultView(AAD_TYPES.user, {
    kind: 'table',
    columns: [col('ObjectId'), col('DisplayName'), col('UserPrincipalName'), col('UserType')],
  });
  registerDefaultView(AAD_TYPES.directoryObject, { kind: 'table', columns: [col('ObjectId'), col('ObjectType')] });
  registerDefaultView(AAD_TYPES.directoryRole, {
    kind: 'table',
    columns: [col('ObjectId'), col('DisplayName'), col('Description')],
  });
  // The PrepaidUnits cell is the model class's ToString, cut to its first line by the table [doc example].
  registerDefaultView(AAD_TYPES.subscribedSku, {
    kind: 'table',
    columns: [
      col('ObjectId'),
      col('SkuPartNumber'),
      { label: 'PrepaidUnits', property: (v) => (getPropertyValue(v, 'PrepaidUnits') ? 'class LicenseUnitsDetail {...' : null) },
      col('ConsumedUnits'),
    ],
  });
  registerDefaultView(AAD_TYPES.licenseDetail, { kind: 'table', columns: [col('ObjectId'), col('ServicePlans')] });
  registerDefaultView(AAD_TYPES.tenantDetail, {
    kind: 'table',
    columns: [col('ObjectId'), col('DisplayName'), col('VerifiedDomains')],
  });
  // [mem]
  registerDefaultView(AAD_TYPES.context, {
    kind: 'table',
    columns: [col('Account'), col('Environment'), col('TenantId'), col('TenantDomain'), col('AccountType')],
  });
}
