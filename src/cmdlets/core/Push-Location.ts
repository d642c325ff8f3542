/** Push-Location: remembers the current location on the stack, then moves to the given one. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { resolveLocation } from '../shared/files/changeLocation.js';
import { locationStackOf } from '../shared/files/locationStack.js';
import { PathInfo } from '../shared/files/PathInfo.js';

export default defineCmdlet({
  name: 'Push-Location',
  module: 'Microsoft.PowerShell.Management',
  aliases: ['pushd'],
  defaultParameterSet: 'Path',
  synopsis: 'Adds the current location to the top of a location stack.',
  parameters: {
    Path: param.string({ sets: { Path: { position: 0, fromPipeline: true, byPropertyName: true } } }),
    LiteralPath: param.string({ aliases: ['PSPath', 'LP'], sets: { LiteralPath: { byPropertyName: true } } }),
    PassThru: param.switch(),
    StackName: param.string({ byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const rt = c.callerCtx.rt;
      const literal = c.isBound('LiteralPath');
      const given = literal ? c.params.LiteralPath : c.params.Path;
      if (given === undefined || given === null) {
        locationStackOf(rt).push(rt.location);
        return;
      }
      const full = resolveLocation(c, toStr(given), literal);
      if (full === null) return;
      locationStackOf(rt).push(rt.location);
      rt.location = full;
      if (c.params.PassThru) c.write(new PathInfo(full));
    },
  }),
});
