/** New-Guid: a new random GUID, the empty GUID, or a GUID parsed from text. */
import { randomUUID } from 'node:crypto';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { PSGuid } from '../../runtime/values/scalars.js';
import { parseGuid } from '../../runtime/convert/convertTo.js';
import { ConversionError } from '../../runtime/convert/ConversionError.js';
import { qualifiedErrorId } from '../shared/session/commandIds.js';

export default defineCmdlet({
  name: 'New-Guid',
  module: 'Microsoft.PowerShell.Utility',
  // pwsh's default set 'Default' has no parameters; the binder cannot choose a set no parameter
  // belongs to, so the optional -InputObject set stands in for it (no argument: a new GUID).
  defaultParameterSet: 'InputObject',
  outputType: 'System.Guid',
  synopsis: 'Creates a GUID.',
  parameters: {
    Empty: param.switch({ sets: ['Empty'] }),
    InputObject: param.string({ sets: { InputObject: { position: 0, fromPipeline: true } } }),
  },
  invoke: (c) => ({
    process() {
      if (c.params.Empty) {
        c.write(new PSGuid('00000000-0000-0000-0000-000000000000'));
        return;
      }
      if (c.parameterSetName === 'InputObject' && c.params.InputObject !== undefined) {
        try {
          c.write(parseGuid(c.params.InputObject));
        } catch (e) {
          if (!(e instanceof ConversionError)) throw e;
          c.writeError({
            message: `Cannot process argument because the value of argument "InputObject" is not valid. ${e.message}`,
            id: qualifiedErrorId('InvalidArgument', c.commandName),
            category: 'InvalidArgument',
            exceptionType: 'System.FormatException',
            target: c.params.InputObject,
          });
        }
        return;
      }
      c.write(new PSGuid(randomUUID()));
    },
  }),
});
