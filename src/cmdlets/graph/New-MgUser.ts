import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { badRequest } from './errors.js';
import { graphContext, graphRun, writeGraphFailure } from './operation.js';
import { httpParameters } from './parameters.js';
import { userPatchOf } from './userBody.js';
import { userJson, DEFAULT_USER_PROPERTIES } from './userData.js';
import { USER_PROPERTY_PARAMETER_NAMES, userPropertyParameters } from './userParameters.js';
import { graphUser } from './userShape.js';

/** What "Create user" requires (Graph API); a missing one is the service's invalid-value error. */
const REQUIRED = ['accountEnabled', 'displayName', 'mailNickname', 'passwordProfile', 'userPrincipalName'];

/** New-MgUser: creates a user (T-ROLE-2 decides who may); writes the new user. */
export default defineCmdlet({
  name: 'New-MgUser',
  module: 'Microsoft.Graph.Users',
  defaultParameterSet: 'CreateExpanded',
  supportsShouldProcess: true,
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphUser',
  synopsis: 'Create a new user object.',
  parameters: {
    BodyParameter: param.object({ sets: { Create: { mandatory: true, fromPipeline: true } } }),
    ...userPropertyParameters('CreateExpanded'),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const params = c.params as Readonly<Record<string, unknown>>;
      const { patch, given } = userPatchOf(USER_PROPERTY_PARAMETER_NAMES, (n) => c.isBound(n), (n) => params[n], c.params.BodyParameter);
      const missing = REQUIRED.find((r) => !given.has(r.toLowerCase()));
      if (missing) {
        writeGraphFailure(c, g, badRequest(`Invalid value specified for property '${missing}' of resource 'User'.`), null);
        return;
      }
      if (!c.shouldProcess("Call remote 'POST /users' operation", g.variant)) return;
      const created = graphRun(c, g, patch.userPrincipalName, () =>
        g.tenant.directory.createUser(g.caller, {
          userPrincipalName: patch.userPrincipalName ?? '',
          displayName: patch.displayName ?? '',
          usageLocation: patch.usageLocation ?? null,
          accountEnabled: patch.accountEnabled ?? true,
          userType: patch.userType ?? 'Member',
          immutableId: patch.immutableId ?? null,
          ...(patch.password !== undefined ? { password: patch.password } : {}),
          ...(patch.firstName !== undefined ? { firstName: patch.firstName } : {}),
          ...(patch.lastName !== undefined ? { lastName: patch.lastName } : {}),
          ...(patch.department !== undefined ? { department: patch.department } : {}),
          ...(patch.jobTitle !== undefined ? { jobTitle: patch.jobTitle } : {}),
          ...(patch.city !== undefined ? { city: patch.city } : {}),
          ...(patch.country !== undefined ? { country: patch.country } : {}),
          ...(patch.officeLocation !== undefined ? { officeLocation: patch.officeLocation } : {}),
          ...(patch.mobilePhone !== undefined ? { mobilePhone: patch.mobilePhone } : {}),
        }),
      );
      if (!created) return;
      c.write(graphUser(userJson(g.tenant, created.user), new Set(DEFAULT_USER_PROPERTIES.map((n) => n.toLowerCase()))));
    },
  }),
});
