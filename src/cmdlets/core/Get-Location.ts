/** Get-Location: the current location as a PathInfo, or with -Stack the Push-Location stack. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { locationStackOf } from '../shared/files/locationStack.js';
import { PathInfo } from '../shared/files/PathInfo.js';

export default defineCmdlet({
  name: 'Get-Location',
  module: 'Microsoft.PowerShell.Management',
  aliases: ['gl', 'pwd'],
  defaultParameterSet: 'Location',
  outputType: 'System.Management.Automation.PathInfo',
  synopsis: 'Gets information about the current working location or a location stack.',
  parameters: {
    PSProvider: param.strings({ sets: { Location: { byPropertyName: true } } }),
    PSDrive: param.strings({ sets: { Location: { byPropertyName: true } } }),
    Stack: param.switch({ sets: ['Stack'] }),
    StackName: param.strings({ sets: { Stack: { byPropertyName: true } } }),
  },
  invoke: (c) => ({
    end() {
      const rt = c.callerCtx.rt;
      if (c.params.Stack) {
        // Newest first, as pwsh lists the stack.
        for (const path of [...locationStackOf(rt)].reverse()) c.write(new PathInfo(path));
        return;
      }
      c.write(new PathInfo(rt.location));
    },
  }),
});
