/**
 * Import-Module: loads the modules tenantsh emulates (their cmdlets are always present; importing
 * records them for Get-Module). Any other module fails as in pwsh when it is not installed.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { findModule } from '../shared/session/moduleCatalog.js';
import { moduleInfoFor } from '../shared/session/moduleInfoFor.js';
import { qualifiedErrorId } from '../shared/session/commandIds.js';

export default defineCmdlet({
  name: 'Import-Module',
  module: 'Microsoft.PowerShell.Core',
  aliases: ['ipmo'],
  defaultParameterSet: 'Name',
  outputType: 'System.Management.Automation.PSModuleInfo',
  synopsis: 'Adds modules to the current session.',
  parameters: {
    Global: param.switch(),
    Prefix: param.string(),
    Name: param.strings({ sets: { Name: { mandatory: true, position: 0, fromPipeline: true } } }),
    Function: param.strings(),
    Cmdlet: param.strings(),
    Variable: param.strings(),
    Alias: param.strings(),
    Force: param.switch(),
    SkipEditionCheck: param.switch(),
    PassThru: param.switch(),
    AsCustomObject: param.switch(),
    MinimumVersion: param.string({ aliases: ['Version'], sets: ['Name'] }),
    MaximumVersion: param.string({ sets: ['Name'] }),
    RequiredVersion: param.string({ sets: ['Name'] }),
    ArgumentList: param.objects({ aliases: ['Args'] }),
    DisableNameChecking: param.switch(),
    NoClobber: param.switch({ aliases: ['NoOverwrite'] }),
    Scope: param.string({ validateSet: ['Local', 'Global'] }),
  },
  invoke: (c) => ({
    process() {
      const rt = c.callerCtx.rt;
      for (const name of c.params.Name ?? []) {
        const module = findModule(name);
        if (!module) {
          c.writeError({
            message: `The specified module '${name}' was not loaded because no valid module file was found in any module directory.`,
            id: qualifiedErrorId('Modules_ModuleNotFound', c.commandName),
            category: 'ResourceUnavailable',
            exceptionType: 'System.IO.FileNotFoundException',
            target: name,
          });
          continue;
        }
        rt.importedModules.add(module.name);
        if (c.params.PassThru) c.write(moduleInfoFor(rt, module));
      }
    },
  }),
});
