/**
 * One list-view entry, as pwsh's ListWriter prints it: labels padded to the longest, ` : `, and
 * the value wrapped into the rest of the line, continuation lines indented under the value.
 */
import { cellLength, spaces, wrapText } from './textCells.js';

export interface ListField {
  readonly label: string;
  readonly text: string;
}

export function listEntryLines(fields: readonly ListField[], lineWidth: number): string[] {
  const labelWidth = Math.max(0, ...fields.map((f) => cellLength(f.label)));
  const prefixWidth = labelWidth + 3;
  const valueWidth = lineWidth - prefixWidth;
  const lines: string[] = [];
  for (const field of fields) {
    const label = field.label + spaces(labelWidth - cellLength(field.label)) + ' : ';
    const valueLines = valueWidth > 0 ? wrapText(field.text, valueWidth) : field.text.split(/\r\n|\n|\r/);
    valueLines.forEach((l, i) => lines.push((i === 0 ? label : spaces(prefixWidth)) + l));
  }
  return lines;
}
