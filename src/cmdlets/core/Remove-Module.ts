/** Remove-Module: forgets imported emulated modules; naming none that is loaded is pwsh's error. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { matchesAny } from '../shared/session/nameFilter.js';
import { qualifiedErrorId } from '../shared/session/commandIds.js';

export default defineCmdlet({
  name: 'Remove-Module',
  module: 'Microsoft.PowerShell.Core',
  aliases: ['rmo'],
  defaultParameterSet: 'name',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  synopsis: 'Removes modules from the current session.',
  parameters: {
    Name: param.strings({ sets: { name: { mandatory: true, position: 0, fromPipeline: true } } }),
    Force: param.switch(),
  },
  invoke: (c) => ({
    process() {
      const rt = c.callerCtx.rt;
      const loaded = [...rt.importedModules].filter((m) => matchesAny(m, c.params.Name ?? []));
      if (loaded.length === 0) {
        if (c.isBound('WhatIf')) return;
        c.writeError({
          message: 'No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.',
          id: qualifiedErrorId('Modules_NoModulesRemoved', c.commandName),
          category: 'ResourceUnavailable',
          exceptionType: 'System.InvalidOperationException',
        });
        return;
      }
      for (const m of loaded) if (c.shouldProcess(m)) rt.importedModules.delete(m);
    },
  }),
});
