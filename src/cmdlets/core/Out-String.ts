import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { outString } from '../../runtime/format/outString.js';

/** Out-String renders its input as Out-Default would, into one string (or lines with -Stream). */
export default defineCmdlet({
  name: 'Out-String',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['oss'],
  defaultParameterSet: 'NoNewLineFormatting',
  synopsis: 'Outputs input objects as a string.',
  parameters: {
    InputObject: param.psobject({ fromPipeline: true }),
    Width: param.int({ validateRange: [2, 2147483647] }),
    Stream: param.switch({ sets: ['StreamFormatting'] }),
    NoNewline: param.switch({ sets: ['NoNewLineFormatting'] }),
  },
  invoke: (c) => {
    const items: unknown[] = [];
    return {
      process() {
        if (c.params.InputObject !== undefined) items.push(c.params.InputObject);
      },
      end() {
        const options = { ...(c.params.Width !== undefined ? { width: c.params.Width } : {}), noNewline: c.params.NoNewline ?? false };
        if (c.params.Stream) for (const line of outString(items, { ...options, stream: true })) c.write(line);
        else c.write(outString(items, options));
      },
    };
  },
});
