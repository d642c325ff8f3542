/**
 * The modules tenantsh emulates: the ones Import-Module loads and Install-Module "installs". Any
 * other module name fails as it does in pwsh when the module is not installed.
 */
export interface KnownModule {
  readonly name: string;
  readonly version: string;
  readonly moduleType: 'Manifest' | 'Script' | 'Binary';
}

const modules: readonly KnownModule[] = [
  { name: 'Microsoft.PowerShell.Core', version: '7.6.0.500', moduleType: 'Manifest' },
  { name: 'Microsoft.PowerShell.Utility', version: '7.0.0.0', moduleType: 'Manifest' },
  { name: 'Microsoft.PowerShell.Management', version: '7.0.0.0', moduleType: 'Manifest' },
  { name: 'Microsoft.PowerShell.Security', version: '7.0.0.0', moduleType: 'Manifest' },
  { name: 'Microsoft.PowerShell.Host', version: '7.0.0.0', moduleType: 'Manifest' },
  { name: 'MSOnline', version: '1.1.183.81', moduleType: 'Manifest' },
  { name: 'AzureAD', version: '2.0.2.182', moduleType: 'Manifest' },
  { name: 'ExchangeOnlineManagement', version: '3.7.1', moduleType: 'Script' },
  { name: 'Microsoft.Online.SharePoint.PowerShell', version: '16.0.25409.12000', moduleType: 'Manifest' },
  { name: 'Microsoft.Graph', version: '2.25.0', moduleType: 'Manifest' },
  { name: 'Microsoft.Graph.Authentication', version: '2.25.0', moduleType: 'Script' },
  { name: 'Microsoft.Graph.Users', version: '2.25.0', moduleType: 'Script' },
  { name: 'Microsoft.Graph.Users.Actions', version: '2.25.0', moduleType: 'Script' },
  { name: 'Microsoft.Graph.Groups', version: '2.25.0', moduleType: 'Script' },
  { name: 'Microsoft.Graph.Identity.DirectoryManagement', version: '2.25.0', moduleType: 'Script' },
  { name: 'Microsoft.Graph.Identity.SignIns', version: '2.25.0', moduleType: 'Script' },
  { name: 'Microsoft.Graph.Reports', version: '2.25.0', moduleType: 'Script' },
  { name: 'Microsoft.Graph.Mail', version: '2.25.0', moduleType: 'Script' },
];

const byLowerName = new Map(modules.map((m) => [m.name.toLowerCase(), m]));

/** The module a name (any case) stands for; any other Microsoft.Graph.* submodule is emulated too. */
export function findModule(name: string): KnownModule | undefined {
  const lower = name.toLowerCase();
  const known = byLowerName.get(lower);
  if (known) return known;
  if (/^microsoft\.graph\.[a-z0-9.]+$/i.test(name)) return { name, version: '2.25.0', moduleType: 'Script' };
  return undefined;
}

export function allModules(): readonly KnownModule[] {
  return modules;
}

/** The version pwsh reports for a cmdlet of this module (Get-Command's Version column). */
export function moduleVersion(moduleName: string): string {
  return findModule(moduleName)?.version ?? '';
}
