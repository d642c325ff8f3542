/** Set-Location: changes the current location; without a path, to the home folder. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { pathBaseOf } from '../shared/files/cmdletPaths.js';
import { resolveLocation } from '../shared/files/changeLocation.js';
import { PathInfo } from '../shared/files/PathInfo.js';

export default defineCmdlet({
  name: 'Set-Location',
  module: 'Microsoft.PowerShell.Management',
  aliases: ['cd', 'chdir', 'sl'],
  defaultParameterSet: 'Path',
  synopsis: 'Sets the current working location to a specified location.',
  parameters: {
    Path: param.string({ sets: { Path: { position: 0, fromPipeline: true, byPropertyName: true } } }),
    LiteralPath: param.string({ aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, byPropertyName: true } } }),
    PassThru: param.switch(),
    StackName: param.string({ sets: { Stack: { byPropertyName: true } } }),
  },
  invoke: (c) => ({
    process() {
      const literal = c.isBound('LiteralPath');
      const given = literal ? c.params.LiteralPath : c.params.Path;
      const text = given === undefined || given === null || toStr(given) === '' ? pathBaseOf(c).home : toStr(given);
      const full = resolveLocation(c, text, literal);
      if (full === null) return;
      c.callerCtx.rt.location = full;
      if (c.params.PassThru) c.write(new PathInfo(full));
    },
  }),
});
