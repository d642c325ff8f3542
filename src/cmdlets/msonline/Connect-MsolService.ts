/**
 * Connect-MsolService: signs in to MSOnline for the rest of the run (DESIGN.md Identity). With
 * -Credential that user, if the password is right and the user holds an admin role (E19, E4);
 * without, `--as`, else autoConnectAs (the interactive sign-in of real life, never a prompt).
 * -AzureEnvironment must name the tenant's cloud (T-CLOUD-1). A failed connect leaves MSOnline
 * disconnected: no fallback to autoConnectAs.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSCredential, PSEnumValue } from '../../runtime/values/scalars.js';
import { TenantError, type CloudInstance, type Principal } from '../../tenant/index.js';
import { tenantOf } from '../identity.js';
import { tenantSession } from '../session.js';
import { msolAccessDenied, msolError } from './errors.js';
import { AZURE_ENVIRONMENT } from './types.js';

/** -AzureEnvironment values and the cloud instance each signs in to. */
const CLOUD_OF = new Map<string, CloudInstance>([
  ['AzureCloud', 'Worldwide'],
  ['AzureChinaCloud', 'China'],
  ['AzureGermanyCloud', 'Germany'],
  ['USGovernment', 'USGovernment'],
]);

export default defineCmdlet({
  name: 'Connect-MsolService',
  module: 'MSOnline',
  defaultParameterSet: 'None__0',
  synopsis: 'Initiates a connection to Azure Active Directory.',
  parameters: {
    Credential: param.typed<PSCredential>('System.Management.Automation.PSCredential', { sets: ['Credential'] }),
    AdGraphAccessToken: param.string({ sets: ['AccessToken'], aliases: ['AccessToken'] }),
    MsGraphAccessToken: param.string({ sets: ['AccessToken'] }),
    // Listed in every set so that None__0 (no credential: interactive sign-in) is a set of its own.
    AzureEnvironment: param.typed<PSEnumValue>(AZURE_ENVIRONMENT, { sets: ['None__0', 'Credential', 'AccessToken'] }),
  },
  invoke: (c) => ({
    end() {
      const session = tenantSession(c);
      const tenant = tenantOf(c);
      const fail = (spec: ReturnType<typeof msolError>): void => {
        session.setConnection('MSOnline', { state: 'disconnected' });
        c.writeError(spec);
      };
      let principal: Principal | null;
      try {
        const environment = c.params.AzureEnvironment?.name ?? 'AzureCloud';
        tenant.identity.requireCloud(CLOUD_OF.get(environment) ?? 'Worldwide');
        const cred = c.params.Credential;
        principal = cred
          ? tenant.identity.authenticate(cred.userName, cred.password.plain)
          : tenant.identity.defaultPrincipal(session.asUpn);
      } catch (e) {
        if (e instanceof TenantError) return fail(msolError(e.problem));
        throw e;
      }
      if (!principal) {
        return fail({
          message:
            'Connect-MsolService cannot sign in interactively here: give -Credential, run tenantsh with --as UPN, or set the tenant\'s autoConnectAs.',
          id: 'Microsoft.Online.Administration.Automation.MicrosoftOnlineException',
          category: 'AuthenticationError',
          exceptionType: 'Microsoft.Online.Administration.Automation.MicrosoftOnlineException',
        });
      }
      // MSOnline lets only admins in (T-ROLE-5: E4 at connect).
      if (!tenant.identity.access.isAdmin(principal)) return fail(msolAccessDenied());
      const environment = c.params.AzureEnvironment?.name ?? 'AzureCloud';
      session.setConnection('MSOnline', {
        state: 'connected',
        principal,
        explicit: true,
        details: new Map<string, unknown>([['AzureEnvironment', environment]]),
      });
    },
  }),
});
