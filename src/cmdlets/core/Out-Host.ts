import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';

/** Out-Host: like Out-Default (tenantsh has no pager; -Paging is accepted and ignored). */
export default defineCmdlet({
  name: 'Out-Host',
  module: 'Microsoft.PowerShell.Core',
  aliases: ['oh'],
  synopsis: 'Sends output to the command line.',
  parameters: { InputObject: param.psobject({ fromPipeline: true }), Paging: param.switch() },
  invoke: (c) => ({
    process() {
      if (c.params.InputObject !== undefined) c.runtime.outDefault(c.params.InputObject);
    },
  }),
});
