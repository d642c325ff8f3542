/**
 * pwsh 7's ConciseView of an error on stderr:
 *
 *   Get-Item: /tmp/x.ps1:5
 *   Line |
 *      5 |  Get-Item -Path /nonexistent
 *        |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~
 *        | Cannot find path '/nonexistent' because it does not exist.
 *
 * An error without a script position (a command run with -c) is one line: `Name: message`.
 */
import type { ErrorRecord } from './values/exceptions.js';

export function formatErrorView(record: ErrorRecord, _color: boolean): string {
  const info = record.invocationInfo;
  const label = info?.commandName ?? conciseLabel(record);
  const extent = info?.extent ?? null;
  const message = record.message;
  if (!extent || !extent.source.path) return `${label}: ${message}`;
  const src = extent.source;
  const start = src.position(extent.start);
  const lineText = src.lineText(start.line);
  const endOffset = Math.min(extent.end, src.text.length);
  const end = src.position(endOffset);
  const markerEnd = end.line === start.line ? end.column : lineText.length + 1;
  const width = Math.max(1, markerEnd - start.column);
  const num = String(start.line);
  const pad = ' '.repeat(Math.max(4, num.length));
  const lines = [
    `${label}: ${src.path}:${start.line}`,
    'Line |',
    `${num.padStart(pad.length)} |  ${lineText}`,
    `${pad} |  ${' '.repeat(start.column - 1)}${'~'.repeat(width)}`,
    ...message.split('\n').map((m) => `${pad} | ${m}`),
  ];
  return lines.join('\n');
}

/** The label pwsh's ConciseView puts before an error that no command raised. */
function conciseLabel(record: ErrorRecord): string {
  // A thrown value (`throw 'x'`) shows as Exception; other script errors by their category, or
  // by the exception's type when the category says nothing.
  if (record.fullyQualifiedErrorId === record.exception.message || record.category === 'OperationStopped') return 'Exception';
  if (record.category !== 'NotSpecified' && record.exception.typeName === 'System.Management.Automation.RuntimeException') return record.category;
  return record.exception.shortName.replace(/^PS(?=Invalid|Argument|NotSupported)/, '');
}
