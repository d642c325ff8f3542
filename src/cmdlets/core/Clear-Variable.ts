/** Clear-Variable: sets variables to $null, keeping them; read-only ones need -Force. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { hasWildcards } from '../../runtime/regex/wildcard.js';
import { VariableInfo } from '../shared/session/variableInfo.js';
import { candidateVariables, variableNotFound, variableNotWritable } from '../shared/session/variableStore.js';
import { matchesAny, passesFilters } from '../shared/session/nameFilter.js';
import { targetScope } from '../shared/session/targetScope.js';

export default defineCmdlet({
  name: 'Clear-Variable',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['clv'],
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  outputType: 'System.Management.Automation.PSVariable',
  synopsis: 'Deletes the value of a variable.',
  parameters: {
    Name: param.strings({ mandatory: true, position: 0, byPropertyName: true }),
    Include: param.strings(),
    Exclude: param.strings(),
    Force: param.switch(),
    PassThru: param.switch(),
    Scope: param.string(),
  },
  invoke: (c) => ({
    process() {
      const candidates = candidateVariables(c.callerCtx.scope, targetScope(c));
      for (const pattern of c.params.Name ?? []) {
        const matches = candidates.filter((v) => matchesAny(v.name, [pattern]) && passesFilters(v.name, c.params.Include, c.params.Exclude));
        if (matches.length === 0 && !hasWildcards(pattern)) {
          c.writeError(variableNotFound(pattern, c.commandName));
          continue;
        }
        for (const v of matches) {
          if (v.options === 'Constant' || (v.options === 'ReadOnly' && !c.params.Force)) {
            c.writeError(variableNotWritable(v.name, c.commandName));
            continue;
          }
          if (!c.shouldProcess(`Name: ${v.name}`, 'Clear variable')) continue;
          v.value = null;
          if (c.params.PassThru) c.write(new VariableInfo(v));
        }
      }
    },
  }),
});
