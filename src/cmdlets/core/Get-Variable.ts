/**
 * Get-Variable: the variables visible from the caller (or those of one -Scope) whose names match
 * -Name, -Include and -Exclude, as PSVariable objects or, with -ValueOnly, their values.
 */
import '../shared/session/sessionEnums.js';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { VariableInfo } from '../shared/session/variableInfo.js';
import { candidateVariables, variableNotFound } from '../shared/session/variableStore.js';
import { byName, isLiteralName, matchesAny, passesFilters } from '../shared/session/nameFilter.js';
import { targetScope } from '../shared/session/targetScope.js';

export default defineCmdlet({
  name: 'Get-Variable',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['gv'],
  outputType: 'System.Management.Automation.PSVariable',
  synopsis: 'Gets the variables in the current console.',
  parameters: {
    Name: param.strings({ position: 0, fromPipeline: true, byPropertyName: true, validateNotNullOrEmpty: true }),
    ValueOnly: param.switch(),
    Include: param.strings(),
    Exclude: param.strings(),
    Scope: param.string({ validateNotNullOrEmpty: true }),
  },
  invoke: (c) => ({
    process() {
      const target = targetScope(c);
      const candidates = candidateVariables(c.callerCtx.scope, target);
      for (const pattern of c.params.Name ?? ['*']) {
        const found = candidates
          .filter((v) => matchesAny(v.name, [pattern]) && passesFilters(v.name, c.params.Include, c.params.Exclude))
          .sort(byName((v) => v.name));
        if (found.length === 0 && isLiteralName(pattern)) {
          c.writeError(variableNotFound(pattern, c.commandName));
          continue;
        }
        for (const v of found) c.write(c.params.ValueOnly ? v.value : new VariableInfo(v));
      }
    },
  }),
});
