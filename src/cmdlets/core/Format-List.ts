import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { formatList } from '../../runtime/format/formatList.js';
import { evaluatorFor } from '../shared/evaluator.js';
import { collectThenWrite } from '../shared/collectThenWrite.js';

export default defineCmdlet({
  name: 'Format-List',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['fl'],
  synopsis: 'Formats the output as a list of properties in which each property appears on a new line.',
  parameters: {
    InputObject: param.psobject({ fromPipeline: true }),
    Property: param.objects({ position: 0 }),
    GroupBy: param.object(),
    View: param.string(),
    Force: param.switch(),
  },
  invoke: (c) =>
    collectThenWrite(c, (items) =>
      formatList(items, {
        ...(c.params.Property ? { property: c.params.Property } : {}),
        ...(c.params.GroupBy !== undefined ? { groupBy: c.params.GroupBy } : {}),
        evaluate: evaluatorFor(c.callerCtx),
      }),
    ),
});
