/** Remove-Variable: deletes variables of the caller's scope (or -Scope); read-only ones need -Force, constants stay. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { hasWildcards } from '../../runtime/regex/wildcard.js';
import { variableNotFound, variableNotRemovable } from '../shared/session/variableStore.js';
import { matchesAny, passesFilters } from '../shared/session/nameFilter.js';
import { targetScope } from '../shared/session/targetScope.js';

export default defineCmdlet({
  name: 'Remove-Variable',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['rv'],
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  synopsis: 'Deletes a variable and its value.',
  parameters: {
    Name: param.strings({ mandatory: true, position: 0, byPropertyName: true }),
    Include: param.strings(),
    Exclude: param.strings(),
    Force: param.switch(),
    Scope: param.string(),
  },
  invoke: (c) => ({
    process() {
      const scope = targetScope(c) ?? c.callerCtx.scope;
      for (const pattern of c.params.Name ?? []) {
        const matches = [...scope.vars.entries()].filter(
          ([, v]) => matchesAny(v.name, [pattern]) && passesFilters(v.name, c.params.Include, c.params.Exclude),
        );
        if (matches.length === 0 && !hasWildcards(pattern)) {
          c.writeError(variableNotFound(pattern, c.commandName));
          continue;
        }
        for (const [lower, v] of matches) {
          if (v.options === 'Constant' || (v.options === 'ReadOnly' && !c.params.Force)) {
            c.writeError(variableNotRemovable(v.name, c.commandName));
            continue;
          }
          if (c.shouldProcess(`Name: ${v.name}`, 'Remove variable')) scope.vars.delete(lower);
        }
      }
    },
  }),
});
