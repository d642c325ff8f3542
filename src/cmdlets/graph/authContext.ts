/**
 * The Graph connection as Get-MgContext shows it (Microsoft.Graph.PowerShell.Authentication
 * .AuthContext): what Connect-MgGraph recorded, or the implicit sign-in (--as, autoConnectAs)
 * when no Connect-MgGraph ran (DESIGN.md Identity). Scopes are recorded and shown, not enforced.
 */
import type { CmdletCall } from '../../runtime/commands/CmdletCall.js';
import { PSObject } from '../../runtime/values/PSObject.js';
import type { Principal, Tenant } from '../../tenant/index.js';
import { tenantSession } from '../session.js';

/** "Microsoft Graph Command Line Tools", the SDK's own client id for delegated sign-in. */
export const GRAPH_CLI_CLIENT_ID = '14d82eec-204b-4c2f-b7e8-296a70dab67e';
export const GRAPH_CLI_APP_NAME = 'Microsoft Graph Command Line Tools';
const HOST_VERSION = '7.4.0';

export type AuthType = 'Delegated' | 'AppOnly' | 'UserProvidedAccessToken';

/** What Connect-MgGraph records in the session's connection details. */
export interface GraphConnectionDetails {
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly authType: AuthType;
  readonly tokenCredentialType: string;
  readonly contextScope: string;
  readonly environment: string;
  readonly appName: string;
  readonly certificateThumbprint: string | null;
  readonly certificateSubjectName: string | null;
}

const DETAILS_KEY = 'graph';

export function detailsMap(d: GraphConnectionDetails): ReadonlyMap<string, unknown> {
  return new Map([[DETAILS_KEY, d]]);
}

const implicitDetails = (p: Principal): GraphConnectionDetails => ({
  clientId: GRAPH_CLI_CLIENT_ID,
  scopes: [],
  authType: p.kind === 'app' ? 'AppOnly' : 'Delegated',
  tokenCredentialType: p.kind === 'app' ? 'ClientSecret' : 'InteractiveBrowser',
  contextScope: 'CurrentUser',
  environment: 'Global',
  appName: GRAPH_CLI_APP_NAME,
  certificateThumbprint: null,
  certificateSubjectName: null,
});

/** The connection in force (explicit or implicit), or null when Graph cmdlets would get E3. */
export function currentGraphConnection(
  c: CmdletCall<unknown>,
  tenant: Tenant,
): { principal: Principal; details: GraphConnectionDetails } | null {
  const session = tenantSession(c);
  const conn = session.connection('Graph');
  if (conn.state === 'connected') {
    const d = conn.details.get(DETAILS_KEY) as GraphConnectionDetails | undefined;
    return { principal: conn.principal, details: d ?? implicitDetails(conn.principal) };
  }
  if (conn.state === 'disconnected') return null;
  const p = tenant.identity.defaultPrincipal(session.asUpn);
  return p ? { principal: p, details: implicitDetails(p) } : null;
}

export function authContextObject(tenant: Tenant, principal: Principal, d: GraphConnectionDetails): PSObject {
  const o = new PSObject(null, ['Microsoft.Graph.PowerShell.Authentication.AuthContext', 'System.Object']);
  const entries: [string, unknown][] = [
    ['ClientId', d.clientId],
    ['TenantId', tenant.organisation.id],
    ['Scopes', [...d.scopes]],
    ['AuthType', d.authType],
    ['TokenCredentialType', d.tokenCredentialType],
    ['CertificateThumbprint', d.certificateThumbprint],
    ['CertificateSubjectName', d.certificateSubjectName],
    ['SendCertificateChain', false],
    ['Account', principal.kind === 'user' ? principal.upn : null],
    ['AppName', d.appName],
    ['ContextScope', d.contextScope],
    ['Certificate', null],
    ['PSHostVersion', HOST_VERSION],
    ['ManagedIdentityId', null],
    ['ClientSecret', null],
    ['Environment', d.environment],
  ];
  for (const [k, v] of entries) o.setNote(k, v);
  return o;
}
