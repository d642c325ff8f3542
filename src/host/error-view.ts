/**
 * Parse errors as text, in pwsh's concise style with the source line and a `~~~` marker
 * (about_Error_Views: ConciseView):
 *
 *   leavers.ps1:3:10: ExpectedValueExpression: You must provide a value expression following the '+' operator.
 *       3 | $total = 1 +
 *         |            ~
 */
import type { ParseError } from '../language/parse-error.js';

export function formatParseError(error: ParseError): string {
  const { source, start, end } = error.extent;
  const from = source.position(start);
  const to = source.position(Math.max(start, end - 1));
  const lineText = source.lineText(from.line).replace(/\t/g, ' ');
  const width = to.line === from.line ? Math.max(1, end - start) : Math.max(1, lineText.length - from.column + 1);
  const gutter = String(from.line);
  const pad = ' '.repeat(gutter.length);
  const message = error.message.replace(/\n/g, ' ');
  return [
    `${source.path}:${from.line}:${from.column}: ${error.id}: ${message}`,
    `    ${gutter} | ${lineText}`,
    `    ${pad} | ${' '.repeat(from.column - 1)}${'~'.repeat(width)}`,
  ].join('\n');
}

export interface ParseErrorRecord {
  file: string;
  line: number;
  column: number;
  id: string;
  message: string;
}

export function parseErrorRecord(error: ParseError): ParseErrorRecord {
  const { line, column } = error.extent.source.position(error.extent.start);
  return { file: error.extent.source.path, line, column, id: error.id, message: error.message };
}
