import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';

export default defineCmdlet({
  name: 'Write-Warning',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Writes a warning message.',
  parameters: { Message: param.string({ mandatory: true, position: 0, fromPipeline: true, aliases: ['Msg'], allowEmptyString: true }) },
  invoke: (c) => ({
    process() {
      c.writeWarning(c.params.Message ?? '');
    },
  }),
});
