/** Revoke-AzureADUserAllRefreshToken: refresh tokens and session cookies issued before now stop working. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { aadContext, aadRun } from './operation.js';
import { aadUserRef } from './userRef.js';

export default defineCmdlet({
  name: 'Revoke-AzureADUserAllRefreshToken',
  module: 'AzureAD',
  synopsis: 'Invalidates the refresh tokens issued to applications for a user.',
  parameters: {
    ObjectId: param.string({ mandatory: true, fromPipeline: true, byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant, caller } = aadContext(c);
      const id = c.params.ObjectId ?? '';
      aadRun(c, tenant, 'RevokeUserAllRefreshTokens', id, () =>
        tenant.directory.updateUser(caller, aadUserRef(id), { refreshTokensValidFrom: tenant.clock.now().toISOString() }),
      );
    },
  }),
});
