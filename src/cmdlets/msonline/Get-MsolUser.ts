/**
 * Get-MsolUser: one user (-ObjectId, -UserPrincipalName; with -ReturnDeletedUsers from the
 * recycle bin) or a filtered list in the tenant's listing order (creation order), at most
 * -MaxResults (500) unless -All, with MSOnline's warning when more were available. Not found: E6,
 * non-terminating.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSEnumValue, PSGuid } from '../../runtime/values/scalars.js';
import { msolContext, msolRun } from './operation.js';
import { msolUser } from './shapes.js';
import { userMatches, type MsolUserFilters } from './userFilters.js';
import { msolUserRef } from './userRef.js';
import { USER_ENABLED_FILTER } from './types.js';

const LIST_SETS = ['ListUsers__0', 'All__0'];
const listFilter = (): ReturnType<typeof param.string> => param.string({ sets: LIST_SETS });

export default defineCmdlet({
  name: 'Get-MsolUser',
  module: 'MSOnline',
  defaultParameterSet: 'ListUsers__0',
  outputType: 'Microsoft.Online.Administration.User',
  synopsis: 'Gets users from Azure Active Directory.',
  parameters: {
    ObjectId: param.typed<PSGuid>('guid', { sets: { GetUser__0: { mandatory: true, byPropertyName: true } } }),
    UserPrincipalName: param.string({ sets: { GetUserByUpn__0: { mandatory: true, byPropertyName: true } } }),
    ReturnDeletedUsers: param.switch(),
    City: listFilter(),
    Country: listFilter(),
    Department: listFilter(),
    DomainName: listFilter(),
    EnabledFilter: param.typed<PSEnumValue>(USER_ENABLED_FILTER, { sets: LIST_SETS }),
    State: listFilter(),
    Synchronized: param.switch({ sets: LIST_SETS }),
    Title: listFilter(),
    HasErrorsOnly: param.switch({ sets: LIST_SETS }),
    LicenseReconciliationNeededOnly: param.switch({ sets: LIST_SETS }),
    UnlicensedUsersOnly: param.switch({ sets: LIST_SETS }),
    UsageLocation: listFilter(),
    SearchString: listFilter(),
    MaxResults: param.int({ sets: ['ListUsers__0'] }),
    All: param.switch({ sets: { All__0: { mandatory: true } } }),
    TenantId: param.typed<PSGuid>('guid', { byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = msolContext(c);
      const p = c.params;
      const org = tenant.organisation;
      const deleted = p.ReturnDeletedUsers ?? false;
      if (c.parameterSetName === 'GetUser__0' || c.parameterSetName === 'GetUserByUpn__0') {
        const ref = msolUserRef(p);
        const user = msolRun(c, ref.value, () => tenant.directory.getUser(ref, { deleted }));
        if (user) c.write(msolUser(user, { org }));
        return;
      }
      const filters: MsolUserFilters = {
        ...(p.City !== undefined ? { city: p.City } : {}),
        ...(p.Country !== undefined ? { country: p.Country } : {}),
        ...(p.Department !== undefined ? { department: p.Department } : {}),
        ...(p.DomainName !== undefined ? { domainName: p.DomainName } : {}),
        ...(p.EnabledFilter !== undefined
          ? { enabledFilter: p.EnabledFilter.name as MsolUserFilters['enabledFilter'] }
          : {}),
        ...(p.State !== undefined ? { state: p.State } : {}),
        ...(p.Title !== undefined ? { title: p.Title } : {}),
        ...(p.UsageLocation !== undefined ? { usageLocation: p.UsageLocation } : {}),
        ...(p.SearchString !== undefined ? { searchString: p.SearchString } : {}),
        synchronized: p.Synchronized ?? false,
        unlicensedUsersOnly: p.UnlicensedUsersOnly ?? false,
        hasErrorsOnly: p.HasErrorsOnly ?? false,
        licenseReconciliationNeededOnly: p.LicenseReconciliationNeededOnly ?? false,
      };
      const limit = p.All ? Infinity : (p.MaxResults ?? 500);
      let written = 0;
      for (const u of tenant.directory.listUsers({ deleted })) {
        if (!userMatches(tenant, u, filters)) continue;
        if (written >= limit) {
          c.writeWarning('More results are available. Please specify one of the All or MaxResults parameters.');
          break;
        }
        c.write(msolUser(u, { org }));
        written++;
      }
    },
  }),
});
