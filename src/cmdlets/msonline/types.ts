/**
 * The MSOnline types scripts name or that parameters are declared with: enums (so binding gives
 * pwsh's own conversion errors) and LicenseOption (New-MsolLicenseOptions' output, bound by
 * -LicenseOptions).
 */
import { registerConverter, registerEnum } from '../../runtime/convert/convertTo.js';
import { ConversionError } from '../../runtime/convert/ConversionError.js';
import { typeNameOf } from '../../runtime/types/typeNameOf.js';
import { registerType } from '../../runtime/types/registry.js';
import { PSObject } from '../../runtime/values/PSObject.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { MSOL_TYPES } from './shapes.js';

export const AZURE_ENVIRONMENT = 'Microsoft.Online.Administration.Automation.AzureEnvironment';
export const USER_ENABLED_FILTER = 'Microsoft.Online.Administration.UserEnabledFilter';
export const ROLE_MEMBER_TYPE = 'Microsoft.Online.Administration.RoleMemberType';
/** -LicenseOptions' declared type. */
export const LICENSE_OPTION_ARRAY = `${MSOL_TYPES.licenseOption}[]`;

/**
 * Runs on import: parameter declarations resolve their types when a cmdlet file is loaded, so
 * every cmdlet file naming one of these types imports this module first.
 */
function registerMsolTypes(): void {
  const enums: [string, Record<string, number>][] = [
    [AZURE_ENVIRONMENT, { AzureCloud: 0, AzureChinaCloud: 1, AzureGermanyCloud: 2, USGovernment: 3 }],
    [USER_ENABLED_FILTER, { All: 0, EnabledOnly: 1, DisabledOnly: 2 }],
    [ROLE_MEMBER_TYPE, { Other: 0, User: 1, Group: 2, ServicePrincipal: 3 }],
  ];
  for (const [name, members] of enums) {
    registerType(name);
    registerEnum(name, members);
  }
  registerType(MSOL_TYPES.licenseOption);
  // Only New-MsolLicenseOptions' objects are LicenseOptions; anything else is E28.
  registerConverter(MSOL_TYPES.licenseOption, (value) => {
    if (value instanceof PSObject && value.typeNames[0] === MSOL_TYPES.licenseOption) return value;
    const shown = value === null || value === undefined ? '' : toStr(value);
    throw new ConversionError(
      `Cannot convert the "${shown}" value of type "${typeNameOf(value)}" to type "${MSOL_TYPES.licenseOption}".`,
      'System.Management.Automation.PSInvalidCastException',
    );
  });
}

registerMsolTypes();
