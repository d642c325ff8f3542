import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { graphContext, graphRun } from './operation.js';
import { httpParameters } from './parameters.js';
import { identityId, userRef } from './users.js';

/** Revoke-MgUserSignInSession: resets signInSessionsValidFromDateTime to now (T-ROLE-2 decides who may); writes True. */
export default defineCmdlet({
  name: 'Revoke-MgUserSignInSession',
  module: 'Microsoft.Graph.Users.Actions',
  defaultParameterSet: 'Revoke',
  supportsShouldProcess: true,
  outputType: 'System.Boolean',
  synopsis: 'Invalidates all the refresh tokens issued to applications for a user.',
  parameters: {
    UserId: param.string({ sets: { Revoke: { mandatory: true } } }),
    InputObject: param.object({ sets: { RevokeViaIdentity: { mandatory: true, fromPipeline: true } } }),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const id = c.parameterSetName === 'Revoke' ? c.params.UserId! : identityId(c.params.InputObject, 'UserId') ?? '';
      if (!c.shouldProcess("Call remote 'POST /users/{user-id}/microsoft.graph.revokeSignInSessions' operation", g.variant)) return;
      const done = graphRun(c, g, id, () =>
        g.tenant.directory.updateUser(g.caller, userRef(id), { refreshTokensValidFrom: g.tenant.clock.now().toISOString() }),
      );
      if (done) c.write(true);
    },
  }),
});
