/**
 * Get-Date: now (the session clock, local time), or -Date / -UnixTimeSeconds, with -Year ...
 * -Millisecond applied as pwsh does (by adding the difference, so -Day 31 in February rolls
 * over), as a DateTime or as text with -Format / -UFormat.
 */
import { DISPLAY_HINT_TYPE, enumNames } from '../shared/session/sessionEnums.js';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { DateTime, formatDateTime } from '../../runtime/dotnet/dateTime.js';
import { currentCulture } from '../../runtime/members/culture.js';
import { plainNumber } from '../shared/session/plainNumber.js';
import { formatUFormat } from '../shared/session/uformat.js';
import { withDisplayHint } from '../shared/session/displayHintDate.js';

const formatSets = ['DateAndFormat', 'UnixTimeSecondsAndFormat'];
const dateSets = { DateAndFormat: { position: 0, fromPipeline: true, byPropertyName: true }, DateAndUFormat: { position: 0, fromPipeline: true, byPropertyName: true } };

export default defineCmdlet({
  name: 'Get-Date',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'DateAndFormat',
  outputType: 'System.DateTime',
  synopsis: 'Gets the current date and time.',
  parameters: {
    Date: param.typed<DateTime>('datetime', { aliases: ['LastWriteTime'], sets: dateSets }),
    UnixTimeSeconds: param.long({
      aliases: ['UnixTime'],
      sets: { UnixTimeSecondsAndFormat: { mandatory: true }, UnixTimeSecondsAndUFormat: { mandatory: true } },
    }),
    Year: param.int({ validateRange: [1, 9999] }),
    Month: param.int({ validateRange: [1, 12] }),
    Day: param.int({ validateRange: [1, 31] }),
    Hour: param.int({ validateRange: [0, 23] }),
    Minute: param.int({ validateRange: [0, 59] }),
    Second: param.int({ validateRange: [0, 59] }),
    Millisecond: param.int({ validateRange: [0, 999] }),
    DisplayHint: param.typed<unknown>(DISPLAY_HINT_TYPE),
    Format: param.string({ sets: formatSets }),
    UFormat: param.string({ sets: { DateAndUFormat: { mandatory: true }, UnixTimeSecondsAndUFormat: { mandatory: true } } }),
    AsUTC: param.switch(),
  },
  invoke: (c) => ({
    process() {
      const p = c.params;
      let d: DateTime;
      if (p.UnixTimeSeconds !== undefined) {
        const seconds = plainNumber(p.UnixTimeSeconds);
        d = DateTime.fromJsDate(new Date(seconds * 1000), 'Local');
      } else d = p.Date ?? DateTime.fromJsDate(new Date(c.callerCtx.rt.clock.nowMs()), 'Local');
      if (p.Year !== undefined) d = d.addYears(p.Year - d.year);
      if (p.Month !== undefined) d = d.addMonths(p.Month - d.month);
      if (p.Day !== undefined) d = d.addDays(p.Day - d.day);
      if (p.Hour !== undefined) d = d.addHours(p.Hour - d.hour);
      if (p.Minute !== undefined) d = d.addMinutes(p.Minute - d.minute);
      if (p.Second !== undefined) d = d.addSeconds(p.Second - d.second);
      if (p.Millisecond !== undefined) d = d.addMilliseconds(p.Millisecond - d.millisecond);
      if (p.AsUTC) d = d.toUniversalTime();
      if (p.UFormat !== undefined) {
        c.write(formatUFormat(d, p.UFormat, currentCulture()));
        return;
      }
      if (p.Format !== undefined) {
        c.write(formatDateTime(d, p.Format, currentCulture()));
        return;
      }
      const hint = p.DisplayHint === undefined ? 'DateTime' : enumNames(p.DisplayHint)[0];
      c.write(hint === 'Date' || hint === 'Time' ? withDisplayHint(d, hint) : d);
    },
  }),
});
