/** Start-Sleep: waits on the session clock (the tenant clock moves instead of the script waiting, unless real time). */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { plainNumber } from '../shared/session/plainNumber.js';
import type { TimeSpan } from '../../runtime/dotnet/timeSpan.js';

export default defineCmdlet({
  name: 'Start-Sleep',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Seconds',
  synopsis: 'Suspends the activity in a script or session for the specified period of time.',
  parameters: {
    Seconds: param.double({ sets: { Seconds: { mandatory: true, position: 0, fromPipeline: true, byPropertyName: true } }, validateRange: [0, 2147483] }),
    Milliseconds: param.int({ aliases: ['ms'], sets: { Milliseconds: { mandatory: true, byPropertyName: true } }, validateRange: [0, 2147483647] }),
    Duration: param.typed<TimeSpan>('timespan', { aliases: ['ts'], sets: { FromTimeSpan: { mandatory: true, position: 0, fromPipeline: true, byPropertyName: true } } }),
  },
  invoke: (c) => ({
    process() {
      let ms = 0;
      if (c.parameterSetName === 'Milliseconds') ms = c.params.Milliseconds ?? 0;
      else if (c.parameterSetName === 'FromTimeSpan') ms = c.params.Duration?.totalMilliseconds ?? 0;
      else ms = plainNumber(c.params.Seconds ?? 0) * 1000;
      c.callerCtx.rt.clock.sleep(Math.round(ms));
    },
  }),
});
