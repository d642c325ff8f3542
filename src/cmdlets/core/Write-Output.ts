import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';

export default defineCmdlet({
  name: 'Write-Output',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['echo', 'write'],
  synopsis: 'Writes the specified objects to the pipeline.',
  parameters: {
    InputObject: param.objects({ mandatory: true, position: 0, fromPipeline: true, fromRemainingArguments: true, allowNull: true, allowEmptyCollection: true }),
    NoEnumerate: param.switch(),
  },
  invoke: (c) => ({
    process() {
      const input = c.params.InputObject;
      if (input === undefined) return;
      // Positional arguments arrive as one collection; -NoEnumerate keeps a collection whole.
      const value = Array.isArray(input) && input.length === 1 && c.expectingInput ? input[0] : input;
      if (c.params.NoEnumerate) c.write(value);
      else c.writeEnumerated(value);
    },
  }),
});
