/**
 * Get-AzureADUser: one user by -ObjectId (id or UPN; E7 when missing, terminating), or a list in
 * listing order: -Filter (OData subset), -SearchString (start of display name or UPN); the first
 * 100 unless `-All $true` (a Boolean), at most -Top.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { aadServiceError } from './errors.js';
import { aadContext, aadRun } from './operation.js';
import { aadUserOf } from './userObject.js';
import { FilterError, parseUserFilter, type UserPredicate } from './userFilter.js';
import { aadUserRef } from './userRef.js';

export default defineCmdlet({
  name: 'Get-AzureADUser',
  module: 'AzureAD',
  defaultParameterSet: 'GetQuery',
  outputType: 'Microsoft.Open.AzureAD.Model.User',
  synopsis: 'Gets a user.',
  parameters: {
    ObjectId: param.string({ sets: { GetById: { mandatory: true, fromPipeline: true, byPropertyName: true } } }),
    SearchString: param.string({ sets: { GetVague: { mandatory: true, fromPipeline: true, byPropertyName: true } } }),
    Filter: param.string({ sets: { GetQuery: { fromPipeline: true, byPropertyName: true } } }),
    Top: param.int({ sets: { GetQuery: { fromPipeline: true, byPropertyName: true } } }),
    All: param.bool({ fromPipeline: true, byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = aadContext(c);
      if (c.parameterSetName === 'GetById') {
        const id = c.params.ObjectId ?? '';
        const u = aadRun(c, tenant, 'GetUser', id, () => tenant.directory.getUser(aadUserRef(id)));
        c.write(aadUserOf(tenant, u));
        return;
      }
      let match: UserPredicate = () => true;
      if (c.params.Filter !== undefined && c.params.Filter !== '') {
        try {
          match = parseUserFilter(c.params.Filter);
        } catch (e) {
          if (!(e instanceof FilterError)) throw e;
          c.fail(aadServiceError('GetUsers', 'Request_BadRequest', 'Invalid filter clause', 'BadRequest', tenant.clock.nowMs()));
        }
      }
      const search = c.params.SearchString?.toLowerCase();
      const limit = c.params.Top ?? (c.params.All ? Infinity : 100);
      let written = 0;
      for (const u of tenant.directory.listUsers()) {
        if (written >= limit) break;
        if (!match(u)) continue;
        if (search && !u.displayName.toLowerCase().startsWith(search) && !u.userPrincipalName.toLowerCase().startsWith(search))
          continue;
        c.write(aadUserOf(tenant, u));
        written++;
      }
    },
  }),
});
