/**
 * The default views pwsh 7 has for the values core cmdlets and the runtime produce (from its
 * *.format.ps1xml files, as pwsh 7.6 prints them). FileInfo/DirectoryInfo use the Windows view
 * (Mode LastWriteTime Length Name), since admin scripts target Windows.
 */
import { DateTime, formatDateTime } from '../dotnet/dateTime.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { getPropertyValue } from '../members/properties.js';
import { toStr } from '../convert/toStringValue.js';
import { makeDouble, TypedNumber } from '../values/numbers.js';
import { PSGuid } from '../values/scalars.js';
import { EN_US_WINDOWS } from '../dotnet/culture.js';
import { MatchInfo } from './coreValues.js';
import { registerDefaultView, type ViewColumn } from './views.js';

registerDefaultView('System.DateTime', {
  kind: 'custom',
  lines: (v, culture) => (v instanceof DateTime ? [v.toPsDisplay('DateTime', culture)] : [toStr(v)]),
});

const timeSpanPart = (label: string, get: (t: TimeSpan) => unknown): ViewColumn => ({
  label,
  property: (v) => (v instanceof TimeSpan ? get(v) : null),
});
registerDefaultView('System.TimeSpan', {
  kind: 'list',
  columns: [
    timeSpanPart('Ticks', (t) => new TypedNumber('Int64', t.ticks)),
    timeSpanPart('Days', (t) => t.days),
    timeSpanPart('Hours', (t) => t.hours),
    timeSpanPart('Milliseconds', (t) => t.milliseconds),
    timeSpanPart('Microseconds', (t) => t.microseconds),
    timeSpanPart('Nanoseconds', (t) => t.nanoseconds),
    timeSpanPart('Minutes', (t) => t.minutes),
    timeSpanPart('Seconds', (t) => t.seconds),
    timeSpanPart('TotalDays', (t) => makeDouble(t.totalDays)),
    timeSpanPart('TotalHours', (t) => makeDouble(t.totalHours)),
    timeSpanPart('TotalMilliseconds', (t) => makeDouble(t.totalMilliseconds)),
    timeSpanPart('TotalMicroseconds', (t) => makeDouble(Number(t.ticks) / 10)),
    timeSpanPart('TotalNanoseconds', (t) => makeDouble(Number(t.ticks) * 100)),
    timeSpanPart('TotalMinutes', (t) => makeDouble(t.totalMinutes)),
    timeSpanPart('TotalSeconds', (t) => makeDouble(t.totalSeconds)),
  ],
});

registerDefaultView('System.Guid', {
  kind: 'table',
  columns: [{ label: 'Guid', property: (v) => (v instanceof PSGuid ? v.text : toStr(v)) }],
});

registerDefaultView('System.Collections.DictionaryEntry', {
  kind: 'table',
  columns: [
    { label: 'Name', property: 'Key', width: 30 },
    { label: 'Value', property: 'Value' },
  ],
});

registerDefaultView('Microsoft.PowerShell.Commands.GroupInfo', {
  kind: 'table',
  columns: [
    { label: 'Count', property: 'Count', width: 5, alignment: 'right' },
    { label: 'Name', property: 'Name', width: 25 },
    { label: 'Group', property: 'Group' },
  ],
});

registerDefaultView('Microsoft.PowerShell.Commands.GenericMeasureInfo', {
  kind: 'list',
  columns: ['Count', 'Average', 'Sum', 'Maximum', 'Minimum', 'StandardDeviation', 'Property'].map((p) => ({
    label: p,
    property: p,
  })),
});

registerDefaultView('Microsoft.PowerShell.Commands.MemberDefinition', {
  kind: 'table',
  autoSize: true,
  columns: [
    { label: 'Name', property: 'Name' },
    { label: 'MemberType', property: 'MemberType', alignment: 'left' },
    { label: 'Definition', property: 'Definition' },
  ],
  groupBy: { key: (v) => getPropertyValue(v, 'TypeName'), heading: (k) => `   TypeName: ${k}` },
});

registerDefaultView('Microsoft.PowerShell.Commands.MatchInfo', {
  kind: 'custom',
  lines: (v) => [v instanceof MatchInfo ? v.psToString() : toStr(v)],
});

const PROVIDER_PREFIX = /^Microsoft\.PowerShell\.Core\\FileSystem::/i;

/** The directory a file-system item is listed under. */
function parentDirectory(v: unknown): string {
  const psParent = getPropertyValue(v, 'PSParentPath');
  if (typeof psParent === 'string' && psParent.length > 0) return psParent.replace(PROVIDER_PREFIX, '');
  const dirName = getPropertyValue(v, 'DirectoryName');
  if (typeof dirName === 'string') return dirName;
  return toStr(getPropertyValue(v, 'Parent') ?? '');
}

/** `{0,10} {1,8}` of the short date and short time, as the FileSystem view prints LastWriteTime. */
function lastWriteTimeText(v: unknown): string {
  const t = getPropertyValue(v, 'LastWriteTime');
  if (!(t instanceof DateTime)) return toStr(t ?? '');
  const date = formatDateTime(t, 'd', EN_US_WINDOWS);
  const time = formatDateTime(t, 't', EN_US_WINDOWS);
  return date.padStart(10) + ' ' + time.padStart(8);
}

const fileSystemView = {
  kind: 'table',
  columns: [
    { label: 'Mode', property: 'Mode', width: 7, alignment: 'left' },
    { label: 'LastWriteTime', property: lastWriteTimeText, width: 26, alignment: 'right' },
    { label: 'Length', property: 'Length', width: 14, alignment: 'right' },
    { label: 'Name', property: 'Name', alignment: 'left' },
  ],
  groupBy: { key: parentDirectory, heading: (k: string) => `    Directory: ${k}` },
} as const;
registerDefaultView('System.IO.FileInfo', fileSystemView);
registerDefaultView('System.IO.DirectoryInfo', fileSystemView);
