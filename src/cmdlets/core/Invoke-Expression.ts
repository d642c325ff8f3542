/**
 * Invoke-Expression: parses the text as a script and runs it in the caller's scope (as if
 * dot-sourced), streaming its output. A parse error is pwsh's ParseException, terminating the
 * statement.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { parseScript } from '../../language/parse.js';
import { ScriptBlockValue } from '../../runtime/values/ScriptBlock.js';
import { qualifiedErrorId } from '../shared/session/commandIds.js';

export default defineCmdlet({
  name: 'Invoke-Expression',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['iex'],
  synopsis: 'Runs commands or expressions on the local computer.',
  parameters: {
    Command: param.string({ mandatory: true, position: 0, fromPipeline: true }),
  },
  invoke: (c) => ({
    process() {
      const parsed = parseScript(c.params.Command ?? '', '');
      const first = parsed.errors[0];
      if (first) {
        c.fail({
          message: first.message,
          id: qualifiedErrorId(first.id, c.commandName),
          category: 'ParserError',
          exceptionType: 'System.Management.Automation.ParseException',
        });
      }
      const sb = new ScriptBlockValue(parsed.ast, parsed.source.text);
      c.invokeStreaming(sb, { newScope: false }, (v) => c.write(v));
    },
  }),
});
