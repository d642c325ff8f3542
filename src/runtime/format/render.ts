/** Lays out a FormatResult for a line width (Out-String, Out-Default). */
import { DocumentWriter, type LineSink } from './documentWriter.js';
import type { FormatResult } from './FormatResult.js';

export function writeResult(result: FormatResult, lineWidth: number, out: LineSink): void {
  for (const segment of result.segments) {
    if (segment.kind === 'lines') {
      for (const l of segment.lines) out(l);
      continue;
    }
    const writer = new DocumentWriter(segment.document.shape, lineWidth, out);
    for (const group of segment.document.groups) writer.writeGroup(group);
    writer.end();
  }
}

export function renderToLines(result: FormatResult, width: number): string[] {
  const lines: string[] = [];
  writeResult(result, width, (l) => lines.push(l));
  return lines;
}
