import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';

export default defineCmdlet({
  name: 'Write-Information',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Writes data to the information stream.',
  parameters: {
    MessageData: param.object({ mandatory: true, position: 0, aliases: ['Msg', 'Message'] }),
    Tags: param.strings({ position: 1 }),
  },
  invoke: (c) => ({
    process() {
      c.writeInformation(toStr(c.params.MessageData));
    },
  }),
});
