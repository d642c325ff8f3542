/**
 * System.Management.Automation.PSModuleInfo as Get-Module and Import-Module -PassThru write it, with
 * pwsh's table view (ModuleType, Version, PreRelease, Name, ExportedCommands).
 */
import { defineFamily } from '../../../runtime/members/families.js';
import { registerDefaultView } from '../../../runtime/format/views.js';
import type { KnownModule } from './moduleCatalog.js';

export const PSMODULEINFO_TYPE = 'System.Management.Automation.PSModuleInfo';

export class ModuleInfo {
  readonly psTypeName = PSMODULEINFO_TYPE;
  constructor(
    readonly module: KnownModule,
    /** The names of the module's cmdlets tenantsh provides, sorted. */
    readonly exportedCommands: readonly string[],
  ) {}
  psToString(): string {
    return this.module.name;
  }
}

defineFamily((v): v is ModuleInfo => v instanceof ModuleInfo)
  .property('Name', 'string', (m) => m.module.name)
  .property('ModuleType', 'System.Management.Automation.ModuleType', (m) => m.module.moduleType)
  .property('Version', 'version', (m) => m.module.version)
  .property('PreRelease', 'string', () => null)
  .property('ExportedCommands', 'System.Collections.Generic.Dictionary[string,System.Management.Automation.CommandInfo]', (m) => [...m.exportedCommands])
  .property('Path', 'string', () => '')
  .property('Description', 'string', () => '');

/** ExportedCommands as pwsh's table shows a dictionary of them: `{A, B, C…}`. */
function exportedText(v: unknown): string {
  if (!(v instanceof ModuleInfo)) return '';
  return `{${v.exportedCommands.join(', ')}}`;
}

registerDefaultView(PSMODULEINFO_TYPE, {
  kind: 'table',
  columns: [
    { label: 'ModuleType', property: 'ModuleType', width: 10 },
    { label: 'Version', property: 'Version', width: 10 },
    { label: 'PreRelease', property: 'PreRelease', width: 10 },
    { label: 'Name', property: 'Name', width: 35 },
    { label: 'ExportedCommands', property: exportedText },
  ],
});
