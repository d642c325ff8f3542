/**
 * New-AzureADUser: creates a user (AccountEnabled, DisplayName, PasswordProfile and MailNickName
 * are required, as the service requires them) and writes it.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { aadContext, aadRun } from './operation.js';
import { aadUserOf } from './userObject.js';
import { passwordOf, userPropertyParameters } from './userProperties.js';
import { AAD_MODEL } from './types.js';

export default defineCmdlet({
  name: 'New-AzureADUser',
  module: 'AzureAD',
  outputType: 'Microsoft.Open.AzureAD.Model.User',
  synopsis: 'Creates an AD user.',
  parameters: {
    ...userPropertyParameters,
    AccountEnabled: param.bool({ mandatory: true }),
    DisplayName: param.string({ mandatory: true }),
    MailNickName: param.string({ mandatory: true }),
    PasswordProfile: param.typed<unknown>(AAD_MODEL.passwordProfile, { mandatory: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant, caller } = aadContext(c);
      const p = c.params;
      const upn = p.UserPrincipalName ?? '';
      const password = passwordOf(p.PasswordProfile);
      const created = aadRun(c, tenant, 'NewUser', upn, () =>
        tenant.directory.createUser(caller, {
          userPrincipalName: upn,
          displayName: p.DisplayName ?? '',
          accountEnabled: p.AccountEnabled ?? true,
          usageLocation: p.UsageLocation ?? null,
          ...(password !== undefined ? { password } : {}),
          ...(p.GivenName !== undefined ? { firstName: p.GivenName } : {}),
          ...(p.Surname !== undefined ? { lastName: p.Surname } : {}),
          ...(p.JobTitle !== undefined ? { jobTitle: p.JobTitle } : {}),
          ...(p.Department !== undefined ? { department: p.Department } : {}),
          ...(p.City !== undefined ? { city: p.City } : {}),
          ...(p.Country !== undefined ? { country: p.Country } : {}),
          ...(p.Mobile !== undefined ? { mobilePhone: p.Mobile } : {}),
          ...(p.PhysicalDeliveryOfficeName !== undefined ? { officeLocation: p.PhysicalDeliveryOfficeName } : {}),
          ...(p.ImmutableId !== undefined ? { immutableId: p.ImmutableId } : {}),
          ...(p.UserType === 'Guest' ? { userType: 'Guest' as const } : {}),
        }),
      );
      c.write(aadUserOf(tenant, created.user));
    },
  }),
});
