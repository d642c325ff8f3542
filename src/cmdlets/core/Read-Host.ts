/**
 * Read-Host: reads one line of the script's input (stdin when it is not a terminal), after
 * printing the prompt as `Prompt: `; the line read is echoed (masked input is not). With no input
 * left it fails as pwsh does non-interactively.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { enumerableItems } from '../../runtime/values/enumerate.js';
import { SecureString } from '../../runtime/values/scalars.js';
import { noInputError } from '../shared/session/nonInteractive.js';

export default defineCmdlet({
  name: 'Read-Host',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'AsString',
  outputType: 'System.String',
  synopsis: 'Reads a line of input from the console.',
  parameters: {
    Prompt: param.object({ position: 0, fromRemainingArguments: true, allowNull: true }),
    MaskInput: param.switch({ sets: ['AsString'] }),
    AsSecureString: param.switch({ sets: ['AsSecureString'] }),
  },
  invoke: (c) => ({
    end() {
      const line = c.callerCtx.rt.io.readLine();
      if (line === null) return c.fail(noInputError(c.commandName));
      const prompt = c.params.Prompt;
      if (prompt !== undefined && prompt !== null) {
        const text = (enumerableItems(prompt) ?? [prompt]).map((p) => toStr(p)).join(' ');
        c.writeHost(`${text}: `, { noNewline: true });
      }
      const hidden = c.params.AsSecureString || c.params.MaskInput;
      c.writeHost(hidden ? '' : line);
      c.write(c.params.AsSecureString ? new SecureString(line) : line);
    },
  }),
});
