import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { ErrorSpec } from '../../runtime/errors.js';
import { PSCredential } from '../../runtime/values/scalars.js';
import { TenantError, isGuid, type CloudInstance, type Principal, type Tenant } from '../../tenant/index.js';
import { tenantOf } from '../identity.js';
import { tenantSession } from '../session.js';
import { GRAPH_CLI_APP_NAME, GRAPH_CLI_CLIENT_ID, detailsMap, type GraphConnectionDetails } from './authContext.js';

const ALL = ['UserParameterSet', 'AppCertificateParameterSet', 'AppSecretCredentialParameterSet', 'AccessTokenParameterSet', 'IdentityParameterSet', 'EnvironmentVariableParameterSet'];

/** -Environment to the cloud instance a tenant lives in (T-CLOUD-1). */
const ENVIRONMENTS: ReadonlyMap<string, CloudInstance> = new Map([
  ['global', 'Worldwide'],
  ['china', 'China'],
  ['germany', 'Germany'],
  ['usgov', 'USGovernment'],
  ['usgovdod', 'USGovernment'],
]);

class SignInFailure extends Error {}

const failure = (message: string): ErrorSpec => ({
  message,
  id: 'Microsoft.Graph.PowerShell.Authentication.Cmdlets.ConnectMgGraph',
  category: 'AuthenticationError',
  exceptionType: 'System.Security.Authentication.AuthenticationFailedException',
});

const tenantNotFound = (t: string): string =>
  `AADSTS90002: Tenant '${t}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`;

/**
 * Connect-MgGraph: signs the Graph module in (DESIGN.md Identity). Interactive sign-in (-Scopes)
 * takes --as, else autoConnectAs, never a prompt; -Credential with a tenant user's UPN and password
 * signs that user in (an emulator extension), with an app id it is app-only sign-in, as are the
 * certificate, managed identity and environment sets. Prints the SDK's welcome text unless -NoWelcome.
 */
export default defineCmdlet({
  name: 'Connect-MgGraph',
  module: 'Microsoft.Graph.Authentication',
  defaultParameterSet: 'UserParameterSet',
  synopsis: 'Microsoft Graph PowerShell supports two types of authentication: delegated and app-only access.',
  parameters: {
    Scopes: param.strings({ sets: { UserParameterSet: { position: 0 } } }),
    ClientId: param.string({
      aliases: ['AppId', 'ApplicationId'],
      sets: { UserParameterSet: {}, AppCertificateParameterSet: { mandatory: true, position: 0 }, IdentityParameterSet: {} },
    }),
    CertificateSubjectName: param.string({ aliases: ['CertificateSubject', 'CertificateName'], sets: { AppCertificateParameterSet: { position: 1 } } }),
    CertificateThumbprint: param.string({ sets: { AppCertificateParameterSet: { position: 2 } } }),
    Certificate: param.object({ sets: ['AppCertificateParameterSet'] }),
    SendCertificateChain: param.bool({ sets: ['AppCertificateParameterSet'] }),
    ClientSecretCredential: param.typed<PSCredential>('pscredential', {
      aliases: ['SecretCredential', 'Credential'],
      sets: ['AppSecretCredentialParameterSet'],
    }),
    AccessToken: param.typed<unknown>('securestring', { sets: { AccessTokenParameterSet: { mandatory: true, position: 0 } } }),
    TenantId: param.string({
      aliases: ['Audience', 'Tenant'],
      sets: { UserParameterSet: { position: 1 }, AppCertificateParameterSet: {}, AppSecretCredentialParameterSet: {} },
    }),
    ContextScope: param.string({ validateSet: ['Process', 'CurrentUser'], sets: ALL }),
    Environment: param.string({ aliases: ['EnvironmentName', 'NationalCloud'], sets: ALL }),
    UseDeviceCode: param.switch({ aliases: ['UseDeviceAuthentication', 'DeviceCode', 'DeviceAuth', 'Device'], sets: ['UserParameterSet'] }),
    ClientTimeout: param.double({ sets: ALL }),
    Identity: param.switch({ aliases: ['ManagedIdentity', 'ManagedServiceIdentity', 'MSI'], sets: { IdentityParameterSet: { mandatory: true } } }),
    EnvironmentVariable: param.switch({ aliases: ['EnvVar', 'EnvironmentVariables'], sets: { EnvironmentVariableParameterSet: { mandatory: true } } }),
    NoWelcome: param.switch({ sets: ALL }),
  },
  invoke: (c) => ({
    end() {
      const tenant = tenantOf(c);
      const session = tenantSession(c);
      const p = c.params;
      let signedIn: { principal: Principal; details: GraphConnectionDetails };
      try {
        checkCloudAndTenant(tenant, p.Environment, p.TenantId);
        signedIn = signIn(tenant, c.parameterSetName, p, session.asUpn);
      } catch (e) {
        if (!(e instanceof SignInFailure)) throw e;
        // A failed Connect-* leaves the module disconnected: no fallback (DESIGN.md Identity).
        session.setConnection('Graph', { state: 'disconnected' });
        return c.fail(failure(e.message));
      }
      session.setConnection('Graph', {
        state: 'connected',
        principal: signedIn.principal,
        explicit: true,
        details: detailsMap(signedIn.details),
      });
      if (!p.NoWelcome) c.write(welcome(signedIn.details));
    },
  }),
});

interface ConnectParams {
  readonly Scopes?: string[] | undefined;
  readonly ClientId?: string | undefined;
  readonly CertificateSubjectName?: string | undefined;
  readonly CertificateThumbprint?: string | undefined;
  readonly ClientSecretCredential?: PSCredential | undefined;
  readonly ContextScope?: string | undefined;
  readonly Environment?: string | undefined;
}

function checkCloudAndTenant(tenant: Tenant, environment: string | undefined, tenantId: string | undefined): void {
  const org = tenant.organisation;
  if (environment !== undefined) {
    const cloud = ENVIRONMENTS.get(environment.toLowerCase());
    if (cloud === undefined)
      throw new SignInFailure(`Unable to find the environment '${environment}'. Use Get-MgEnvironment to list the environments.`);
    try {
      tenant.identity.requireCloud(cloud);
    } catch (e) {
      if (e instanceof TenantError) throw new SignInFailure(tenantNotFound(tenantId ?? org.initialDomain));
      throw e;
    }
  }
  if (tenantId !== undefined && tenantId !== '' && tenantId.toLowerCase() !== 'common' && tenantId.toLowerCase() !== 'organizations') {
    const known = tenantId.toLowerCase() === org.id.toLowerCase() || org.verifiedDomains.some((d) => d.name.toLowerCase() === tenantId.toLowerCase());
    if (!known) throw new SignInFailure(tenantNotFound(tenantId));
  }
}

function signIn(
  tenant: Tenant,
  set: string,
  p: ConnectParams,
  asUpn: string | null,
): { principal: Principal; details: GraphConnectionDetails } {
  const base = {
    scopes: p.Scopes ?? [],
    contextScope: p.ContextScope ?? 'CurrentUser',
    environment: p.Environment ?? 'Global',
    certificateThumbprint: p.CertificateThumbprint ?? null,
    certificateSubjectName: p.CertificateSubjectName ?? null,
  };
  const app = (appId: string, tokenCredentialType: string) => ({
    principal: { kind: 'app', appId } as Principal,
    details: { ...base, scopes: [], clientId: appId, authType: 'AppOnly' as const, tokenCredentialType, appName: appId },
  });
  const delegated = (principal: Principal, tokenCredentialType: string, authType: 'Delegated' | 'UserProvidedAccessToken' = 'Delegated') => ({
    principal,
    details: { ...base, clientId: p.ClientId ?? GRAPH_CLI_CLIENT_ID, authType, tokenCredentialType, appName: GRAPH_CLI_APP_NAME },
  });
  switch (set) {
    case 'AppSecretCredentialParameterSet': {
      const cred = p.ClientSecretCredential;
      if (!cred) throw new SignInFailure('ClientSecretCredential authentication failed: no credential was given.');
      if (isGuid(cred.userName.toLowerCase())) return app(cred.userName.toLowerCase(), 'ClientSecret');
      try {
        return delegated(tenant.identity.authenticate(cred.userName, cred.password.plain), 'UsernamePassword');
      } catch (e) {
        if (e instanceof TenantError)
          throw new SignInFailure('UsernamePasswordCredential authentication failed: AADSTS50126: Error validating credentials due to invalid username or password.');
        throw e;
      }
    }
    case 'AppCertificateParameterSet':
      return app(p.ClientId!, 'ClientCertificate');
    case 'IdentityParameterSet':
      return app(p.ClientId ?? 'managed-identity', 'ManagedIdentity');
    case 'EnvironmentVariableParameterSet':
      return app('environment-variable', 'EnvironmentVariable');
    default: {
      const principal = tenant.identity.defaultPrincipal(asUpn);
      if (!principal)
        throw new SignInFailure(
          'InteractiveBrowserCredential authentication failed: tenantsh has nobody to sign in interactively. Run tenantsh with --as UPN, set the tenant\'s autoConnectAs, or use -Credential.',
        );
      return set === 'AccessTokenParameterSet'
        ? delegated(principal, 'UserProvidedAccessToken', 'UserProvidedAccessToken')
        : delegated(principal, 'InteractiveBrowser');
    }
  }
}

/** The SDK 2.x welcome text (directory-cmdlets.md 4). */
function welcome(d: GraphConnectionDetails): string {
  const via = d.authType === 'AppOnly' ? 'apponly' : d.authType === 'UserProvidedAccessToken' ? 'userprovidedaccesstoken' : 'delegated';
  return [
    'Welcome to Microsoft Graph!',
    '',
    `Connected via ${via} access using ${d.clientId}`,
    'Readme: https://aka.ms/graph/sdk/powershell',
    'SDK Docs: https://aka.ms/graph/sdk/powershell/docs',
    'API Docs: https://aka.ms/graph/docs',
    '',
    'NOTE: You can use the -NoWelcome parameter to suppress this message.',
  ].join('\n');
}
