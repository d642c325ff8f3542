import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';

export default defineCmdlet({
  name: 'Out-Null',
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Hides the output instead of sending it down the pipeline or displaying it.',
  parameters: { InputObject: param.psobject({ fromPipeline: true }) },
  invoke: () => ({}),
});
