/**
 * Default views of the Graph SDK's models: Get-MgUser's `DisplayName Id Mail UserPrincipalName`
 * (SDK 2.x) and Get-MgContext's list are evidenced; the others are the spec's best guesses
 * (directory-cmdlets.md 8.1).
 */
import { registerDefaultView, type ViewColumn } from '../../runtime/format/views.js';
import { MODELS } from './values.js';

const cols = (names: readonly string[]): ViewColumn[] => names.map((n) => ({ label: n, property: n }));
const table = (type: string, names: readonly string[]): void =>
  registerDefaultView(MODELS + type, { kind: 'table', columns: cols(names) });

table('MicrosoftGraphUser', ['DisplayName', 'Id', 'Mail', 'UserPrincipalName']);
table('MicrosoftGraphLicenseDetails', ['Id', 'SkuId', 'SkuPartNumber']);
table('MicrosoftGraphSubscribedSku', ['SkuId', 'SkuPartNumber', 'ConsumedUnits']);
table('MicrosoftGraphDirectoryObject', ['Id', 'DeletedDateTime']);
table('MicrosoftGraphOrganization', ['Id', 'DisplayName']);
table('MicrosoftGraphDomain', ['Id', 'AuthenticationType', 'IsDefault', 'IsInitial', 'IsVerified']);
table('MicrosoftGraphDirectoryRole', ['Id', 'DisplayName', 'Description']);
table('MicrosoftGraphGroup', ['DisplayName', 'Id', 'MailNickname', 'Description', 'GroupTypes']);
registerDefaultView('Microsoft.Graph.PowerShell.Authentication.AuthContext', {
  kind: 'list',
  columns: cols([
    'ClientId',
    'TenantId',
    'Scopes',
    'AuthType',
    'TokenCredentialType',
    'CertificateThumbprint',
    'CertificateSubjectName',
    'SendCertificateChain',
    'Account',
    'AppName',
    'ContextScope',
    'Certificate',
    'PSHostVersion',
    'ManagedIdentityId',
    'ClientSecret',
    'Environment',
  ]),
});
