/**
 * New-MsolUser: creates a user, optionally licensed in the same step (-LicenseAssignment, T-LIC-6,
 * T-LIC-7: no free unit fails, E11; no UsageLocation, E12). Writes the new user with its
 * temporary password (generated `Hogo3136`-style when -Password is omitted).
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSGuid } from '../../runtime/values/scalars.js';
import type { PSObject } from '../../runtime/values/PSObject.js';
import { planOptions } from './licenseOptions.js';
import { msolContext, msolRun, writeMsolWarnings } from './operation.js';
import { profileParameters, storedProfile } from './profileParameters.js';
import { MSOL_TYPES, msolUser } from './shapes.js';
import { LICENSE_OPTION_ARRAY } from './types.js';
import { NEW_USER_TYPE } from './views.js';

const pn = { byPropertyName: true };

export default defineCmdlet({
  name: 'New-MsolUser',
  module: 'MSOnline',
  defaultParameterSet: 'AddUser__0',
  outputType: MSOL_TYPES.user,
  synopsis: 'Creates a user in Azure Active Directory.',
  parameters: {
    UserPrincipalName: param.string(pn),
    DisplayName: param.string(pn),
    ImmutableId: param.string(pn),
    UserType: param.string({ ...pn, validateSet: ['Member', 'Guest', 'Other'] }),
    ...profileParameters,
    UsageLocation: param.string(pn),
    LicenseAssignment: param.strings(pn),
    LicenseOptions: param.typed<unknown[]>(LICENSE_OPTION_ARRAY, pn),
    Password: param.string(pn),
    ForceChangePassword: param.bool(pn),
    BlockCredential: param.bool(pn),
    PasswordNeverExpires: param.bool(pn),
    StrongPasswordRequired: param.bool(pn),
    LastPasswordChangeTimestamp: param.typed<unknown>('datetime', pn),
    SoftDeletionTimestamp: param.typed<unknown>('datetime', pn),
    StsRefreshTokensValidFrom: param.typed<unknown>('datetime', pn),
    StrongAuthenticationMethods: param.objects(pn),
    StrongAuthenticationRequirements: param.objects(pn),
    TenantId: param.typed<PSGuid>('guid', pn),
  },
  invoke: (c) => ({
    process() {
      const { tenant, caller } = msolContext(c);
      const p = c.params;
      const options = planOptions(p.LicenseOptions);
      const licenses = (p.LicenseAssignment ?? []).map((sku) => {
        const o = options.find((x) => x.sku.toLowerCase() === sku.toLowerCase());
        return o ? { sku, disabledPlans: o.disabledPlans } : { sku };
      });
      const upn = p.UserPrincipalName ?? '';
      const created = msolRun(c, upn, () =>
        tenant.directory.createUser(caller, {
          userPrincipalName: upn,
          displayName: p.DisplayName ?? '',
          ...storedProfile(p),
          usageLocation: p.UsageLocation ?? null,
          ...(p.Password !== undefined ? { password: p.Password } : {}),
          accountEnabled: !(p.BlockCredential ?? false),
          ...(p.UserType === 'Guest' ? { userType: 'Guest' as const } : {}),
          ...(p.ImmutableId !== undefined ? { immutableId: p.ImmutableId } : {}),
          licenses,
        }),
      );
      if (!created) return;
      writeMsolWarnings(c, created.warnings);
      const out: PSObject = msolUser(created.user, {
        org: tenant.organisation,
        // Only a generated password is shown: it is the one the admin has to hand over.
        password: p.Password === undefined ? created.user.password : null,
      });
      out.typeNames.unshift(NEW_USER_TYPE);
      c.write(out);
    },
  }),
});
