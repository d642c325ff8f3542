import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { formatTable } from '../../runtime/format/formatTable.js';
import { evaluatorFor } from '../shared/evaluator.js';
import { collectThenWrite } from '../shared/collectThenWrite.js';

/** Format-Table collects its input and writes one formatted table (a FormatResult) at the end. */
export default defineCmdlet({
  name: 'Format-Table',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['ft'],
  synopsis: 'Formats the output as a table.',
  parameters: {
    InputObject: param.psobject({ fromPipeline: true }),
    Property: param.objects({ position: 0 }),
    AutoSize: param.switch(),
    HideTableHeaders: param.switch(),
    Wrap: param.switch(),
    GroupBy: param.object(),
    RepeatHeader: param.switch(),
    View: param.string(),
    Force: param.switch(),
  },
  invoke: (c) =>
    collectThenWrite(c, (items) =>
      formatTable(items, {
        ...(c.params.Property ? { property: c.params.Property } : {}),
        autoSize: c.params.AutoSize ?? false,
        hideTableHeaders: c.params.HideTableHeaders ?? false,
        wrap: c.params.Wrap ?? false,
        ...(c.params.GroupBy !== undefined ? { groupBy: c.params.GroupBy } : {}),
        evaluate: evaluatorFor(c.callerCtx),
      }),
    ),
});
