import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';

export default defineCmdlet({
  name: 'Write-Verbose',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Writes text to the verbose message stream.',
  parameters: { Message: param.string({ mandatory: true, position: 0, fromPipeline: true, aliases: ['Msg'], allowEmptyString: true }) },
  invoke: (c) => ({
    process() {
      c.writeVerbose(c.params.Message ?? '');
    },
  }),
});
