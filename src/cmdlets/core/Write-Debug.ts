import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';

export default defineCmdlet({
  name: 'Write-Debug',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Writes a debug message.',
  parameters: { Message: param.string({ mandatory: true, position: 0, fromPipeline: true, aliases: ['Msg'], allowEmptyString: true }) },
  invoke: (c) => ({
    process() {
      c.writeDebug(c.params.Message ?? '');
    },
  }),
});
