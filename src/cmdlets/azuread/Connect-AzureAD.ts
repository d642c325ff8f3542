/**
 * Connect-AzureAD: signs in to AzureAD (DESIGN.md Identity): -Credential's user if the password is
 * right, else `--as` / autoConnectAs. -AzureEnvironmentName must name the tenant's cloud
 * (T-CLOUD-1). Writes the context (Account Environment TenantId TenantDomain AccountType).
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSCredential } from '../../runtime/values/scalars.js';
import { TenantError, type CloudInstance, type Principal } from '../../tenant/index.js';
import { tenantOf } from '../identity.js';
import { tenantSession } from '../session.js';
import { aadSignInError } from './errors.js';
import { aadContextObject } from './shapes.js';

const ENVIRONMENTS = ['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment', 'AzureGermanyCloud'];
const CLOUD_OF = new Map<string, CloudInstance>([
  ['azurecloud', 'Worldwide'],
  ['azurechinacloud', 'China'],
  ['azureusgovernment', 'USGovernment'],
  ['azuregermanycloud', 'Germany'],
]);

export default defineCmdlet({
  name: 'Connect-AzureAD',
  module: 'AzureAD',
  defaultParameterSet: 'UserCredential',
  supportsShouldProcess: true,
  outputType: 'Microsoft.Open.Azure.AD.CommonLibrary.PSAzureContext',
  synopsis: 'Connects with an authenticated account to use Active Directory cmdlet requests.',
  parameters: {
    AzureEnvironmentName: param.string({ validateSet: ENVIRONMENTS }),
    TenantId: param.string({
      aliases: ['Domain', 'TenantDomain'],
      sets: { UserCredential: {}, ServicePrincipalCertificate: { mandatory: true }, AccessToken: {} },
    }),
    Credential: param.typed<PSCredential>('System.Management.Automation.PSCredential', { sets: ['UserCredential'] }),
    AccountId: param.string({ sets: { UserCredential: {}, AccessToken: { mandatory: true } } }),
    CertificateThumbprint: param.string({ sets: { ServicePrincipalCertificate: { mandatory: true } } }),
    ApplicationId: param.string({ sets: { ServicePrincipalCertificate: { mandatory: true } } }),
    AadAccessToken: param.string({ sets: { AccessToken: { mandatory: true } } }),
    MsAccessToken: param.string({ sets: ['AccessToken'] }),
    LogLevel: param.string({ validateSet: ['Info', 'Error', 'Warning', 'None'] }),
    LogFilePath: param.string(),
  },
  invoke: (c) => ({
    end() {
      const session = tenantSession(c);
      const tenant = tenantOf(c);
      const environment = c.params.AzureEnvironmentName ?? 'AzureCloud';
      let principal: Principal | null;
      try {
        tenant.identity.requireCloud(CLOUD_OF.get(environment.toLowerCase()) ?? 'Worldwide');
        const cred = c.params.Credential;
        if (cred) principal = tenant.identity.authenticate(cred.userName, cred.password.plain);
        else if (c.parameterSetName === 'ServicePrincipalCertificate') principal = { kind: 'app', appId: c.params.ApplicationId ?? '' };
        else principal = tenant.identity.defaultPrincipal(c.params.AccountId ?? session.asUpn);
      } catch (e) {
        if (!(e instanceof TenantError)) throw e;
        session.setConnection('AzureAD', { state: 'disconnected' });
        return c.fail(aadSignInError(e.problem));
      }
      if (!principal) {
        session.setConnection('AzureAD', { state: 'disconnected' });
        return c.fail({
          message:
            "Connect-AzureAD cannot sign in interactively here: give -Credential, run tenantsh with --as UPN, or set the tenant's autoConnectAs.",
          id: 'Microsoft.Open.Azure.AD.CommonLibrary.AadAuthenticationFailedException,Microsoft.Open.Azure.AD.CommonLibrary.ConnectAzureAD',
          category: 'AuthenticationError',
          exceptionType: 'Microsoft.Open.Azure.AD.CommonLibrary.AadAuthenticationFailedException',
        });
      }
      if (!c.shouldProcess(tenant.organisation.initialDomain, 'Connect-AzureAD')) return;
      session.setConnection('AzureAD', {
        state: 'connected',
        principal,
        explicit: true,
        details: new Map<string, unknown>([['Environment', environment]]),
      });
      const account = principal.kind === 'user' ? principal.upn : principal.kind === 'app' ? principal.appId : 'tenantsh';
      c.write(aadContextObject(account, environment, tenant.organisation));
    },
  }),
});
