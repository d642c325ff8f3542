import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { enumerableItems } from '../../runtime/values/enumerate.js';

const colors = ['Black', 'DarkBlue', 'DarkGreen', 'DarkCyan', 'DarkRed', 'DarkMagenta', 'DarkYellow', 'Gray', 'DarkGray', 'Blue', 'Green', 'Cyan', 'Red', 'Magenta', 'Yellow', 'White'];

/** Text for Write-Host: collections are flattened and joined with the separator. */
function hostText(value: unknown, separator: string): string {
  const items = enumerableItems(value);
  if (items) return items.map((i) => hostText(i, separator)).join(separator);
  return toStr(value);
}

export default defineCmdlet({
  name: 'Write-Host',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Writes customized output to the host.',
  parameters: {
    Object: param.object({ position: 0, fromPipeline: true, fromRemainingArguments: true }),
    NoNewline: param.switch(),
    Separator: param.object(),
    ForegroundColor: param.string({ validateSet: colors }),
    BackgroundColor: param.string({ validateSet: colors }),
  },
  invoke: (c) => ({
    process() {
      const sep = c.params.Separator === undefined ? ' ' : toStr(c.params.Separator);
      const text = c.params.Object === undefined ? '' : hostText(c.params.Object, sep);
      c.writeHost(text, { noNewline: c.params.NoNewline ?? false });
    },
  }),
});
