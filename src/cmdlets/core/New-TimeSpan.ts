/** New-TimeSpan: the time from -Start to -End (each defaulting to now), or a span from -Days ... -Milliseconds. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { DateTime } from '../../runtime/dotnet/dateTime.js';
import { TimeSpan } from '../../runtime/dotnet/timeSpan.js';

export default defineCmdlet({
  name: 'New-TimeSpan',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Date',
  outputType: 'System.TimeSpan',
  synopsis: 'Creates a TimeSpan object.',
  parameters: {
    Start: param.typed<DateTime>('datetime', { aliases: ['LastWriteTime'], sets: { Date: { position: 0, fromPipeline: true, byPropertyName: true } } }),
    End: param.typed<DateTime>('datetime', { sets: { Date: { position: 1, byPropertyName: true } } }),
    Days: param.int({ sets: ['Time'] }),
    Hours: param.int({ sets: ['Time'] }),
    Minutes: param.int({ sets: ['Time'] }),
    Seconds: param.int({ sets: ['Time'] }),
    Milliseconds: param.int({ sets: ['Time'] }),
  },
  invoke: (c) => ({
    process() {
      const p = c.params;
      if (c.parameterSetName === 'Time') {
        c.write(TimeSpan.fromParts(p.Days ?? 0, p.Hours ?? 0, p.Minutes ?? 0, p.Seconds ?? 0, p.Milliseconds ?? 0));
        return;
      }
      const now = DateTime.fromJsDate(new Date(c.callerCtx.rt.clock.nowMs()), 'Local');
      c.write((p.End ?? now).subtract(p.Start ?? now));
    },
  }),
});
