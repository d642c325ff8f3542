/** Get-Alias: the aliases visible from the caller (or of one -Scope), by name or by -Definition. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { aliasNotFound, listAliases } from '../shared/session/aliasStore.js';
import { byName, isLiteralName, matchesAny } from '../shared/session/nameFilter.js';
import { targetScope } from '../shared/session/targetScope.js';

export default defineCmdlet({
  name: 'Get-Alias',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['gal'],
  defaultParameterSet: 'Default',
  outputType: 'System.Management.Automation.AliasInfo',
  synopsis: 'Gets the aliases for the current session.',
  parameters: {
    Name: param.strings({ sets: { Default: { position: 0, fromPipeline: true, byPropertyName: true } } }),
    Exclude: param.strings(),
    Scope: param.string(),
    Definition: param.strings({ sets: ['Definition'] }),
  },
  invoke: (c) => ({
    process() {
      const all = listAliases(c.callerCtx, targetScope(c))
        .filter((a) => !(c.params.Exclude && matchesAny(a.name, c.params.Exclude)))
        .sort(byName((a) => a.name));
      if (c.parameterSetName === 'Definition') {
        for (const a of all) if (matchesAny(a.definition, c.params.Definition ?? [])) c.write(a);
        return;
      }
      for (const pattern of c.params.Name ?? ['*']) {
        const found = all.filter((a) => matchesAny(a.name, [pattern]));
        if (found.length === 0 && isLiteralName(pattern)) c.writeError(aliasNotFound(pattern, c.commandName));
        for (const a of found) c.write(a);
      }
    },
  }),
});
