/** Pop-Location: returns to the location most recently pushed; an empty stack does nothing. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { locationStackOf } from '../shared/files/locationStack.js';
import { PathInfo } from '../shared/files/PathInfo.js';

export default defineCmdlet({
  name: 'Pop-Location',
  module: 'Microsoft.PowerShell.Management',
  aliases: ['popd'],
  synopsis: 'Changes the current location to the location most recently pushed onto the stack.',
  parameters: {
    PassThru: param.switch(),
    StackName: param.string({ byPropertyName: true }),
  },
  invoke: (c) => ({
    end() {
      const rt = c.callerCtx.rt;
      const previous = locationStackOf(rt).pop();
      if (previous === undefined) return;
      rt.location = previous;
      if (c.params.PassThru) c.write(new PathInfo(previous));
    },
  }),
});
