/** MSOnline's default views (directory-cmdlets.md section 2; [mem]/[guess] ones marked there). */
import { registerDefaultView, type ViewColumn } from '../../runtime/format/views.js';
import { MSOL_TYPES } from './shapes.js';

const col = (label: string, property: string = label): ViewColumn => ({ label, property });

export function registerMsolViews(): void {
  // The header is spelled `isLicensed` in the real view [obs].
  registerDefaultView(MSOL_TYPES.user, {
    kind: 'table',
    columns: [col('UserPrincipalName'), col('DisplayName'), col('isLicensed', 'IsLicensed')],
  });
  registerDefaultView(MSOL_TYPES.accountSku, {
    kind: 'table',
    columns: [col('AccountSkuId'), col('ActiveUnits'), col('WarningUnits'), col('ConsumedUnits')],
  });
  registerDefaultView(MSOL_TYPES.role, { kind: 'table', columns: [col('ObjectId'), col('Name'), col('Description')] });
  registerDefaultView(MSOL_TYPES.roleMember, {
    kind: 'table',
    columns: [col('RoleMemberType'), col('EmailAddress'), col('DisplayName'), col('isLicensed', 'IsLicensed')],
  });
  registerDefaultView(MSOL_TYPES.domain, {
    kind: 'table',
    columns: [col('Name'), col('Status'), col('Authentication')],
  });
  registerDefaultView(MSOL_TYPES.subscription, {
    kind: 'table',
    columns: [col('SkuPartNumber'), col('Status'), col('TotalLicenses'), col('NextLifecycleDate')],
  });
}

/** New-MsolUser's objects show the temporary password first [obs: two transcripts]. */
export const NEW_USER_TYPE = `${MSOL_TYPES.user}#New`;

export function registerNewUserView(): void {
  registerDefaultView(NEW_USER_TYPE, {
    kind: 'table',
    columns: [col('Password'), col('UserPrincipalName'), col('DisplayName'), col('isLicensed', 'IsLicensed')],
  });
}
