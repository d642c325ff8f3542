import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { formatWide } from '../../runtime/format/formatWide.js';
import { evaluatorFor } from '../shared/evaluator.js';
import { collectThenWrite } from '../shared/collectThenWrite.js';

export default defineCmdlet({
  name: 'Format-Wide',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['fw'],
  synopsis: 'Formats objects as a wide table that displays only one property of each object.',
  parameters: {
    InputObject: param.psobject({ fromPipeline: true }),
    Property: param.object({ position: 0 }),
    AutoSize: param.switch(),
    Column: param.int({ validateRange: [1, 2147483647] }),
    GroupBy: param.object(),
    View: param.string(),
    Force: param.switch(),
  },
  invoke: (c) =>
    collectThenWrite(c, (items) =>
      formatWide(items, {
        ...(c.params.Property !== undefined && c.params.Property !== null
          ? { property: [c.params.Property] }
          : {}),
        ...(c.params.Column !== undefined ? { column: c.params.Column } : {}),
        autoSize: c.params.AutoSize ?? false,
        ...(c.params.GroupBy !== undefined ? { groupBy: c.params.GroupBy } : {}),
        evaluate: evaluatorFor(c.callerCtx),
      }),
    ),
});
