/**
 * System.Management.Automation.PathInfo: what Get-Location, Resolve-Path and Push/Pop-Location
 * -PassThru return. It prints as pwsh's one-column `Path` table and converts to its path.
 */
import { defineFamily } from '../../../runtime/members/families.js';
import { registerDefaultView } from '../../../runtime/format/views.js';

export class PathInfo {
  readonly psTypeName = 'System.Management.Automation.PathInfo';
  constructor(readonly path: string) {}
  psToString(): string {
    return this.path;
  }
}

defineFamily((v): v is PathInfo => v instanceof PathInfo)
  .property('Drive', 'System.Management.Automation.PSDriveInfo', () => '/')
  .property('Provider', 'System.Management.Automation.ProviderInfo', () => 'Microsoft.PowerShell.Core\\FileSystem')
  .property('ProviderPath', 'string', (p) => p.path)
  .property('Path', 'string', (p) => p.path)
  .method('string ToString()', (p) => p.path);

registerDefaultView('System.Management.Automation.PathInfo', {
  kind: 'table',
  columns: [{ label: 'Path', property: 'Path' }],
});
