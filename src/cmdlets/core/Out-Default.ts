import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';

/** Out-Default: sends objects to the session's formatter (what happens to unassigned output). */
export default defineCmdlet({
  name: 'Out-Default',
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Sends the output to the default formatter and to the default output cmdlet.',
  parameters: { InputObject: param.psobject({ fromPipeline: true }), Transcript: param.switch() },
  invoke: (c) => ({
    process() {
      if (c.params.InputObject !== undefined) c.runtime.outDefault(c.params.InputObject);
    },
  }),
});
