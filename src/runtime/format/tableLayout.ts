/**
 * Lays out one table group the way pwsh's TableWriter and ColumnWidthManager do: a column is as
 * wide as its header and widest cell (or its declared width); when the columns do not fit the
 * line, the rightmost column is narrowed and then dropped until they do; a cell wider than its
 * column ends in `…` (right-aligned cells keep their end: `…789`). Columns are separated by one
 * space and the last column is not padded.
 */
import type { Alignment } from './views.js';
import { cellLength, ELLIPSIS, firstLine, headCells, spaces, tailCells, wrapText } from './textCells.js';

export interface TableColumnSpec {
  readonly label: string;
  /** Declared width; 0 lets the data decide. */
  readonly width: number;
  readonly alignment: Alignment;
}

export interface TableCell {
  readonly text: string;
  /** Overrides the column's alignment for this cell. */
  readonly alignment?: Alignment;
}

const SEPARATOR = 1;
const MIN_COLUMN_WIDTH = 1;

/**
 * The widths of a group's columns. `fromData` is pwsh's auto-size pass, which runs when the view
 * asks for it or its first column has no declared width: every column is then sized to its
 * header and cells. Columns that do not fit get width -1 (hidden).
 */
export function columnWidths(
  columns: readonly TableColumnSpec[],
  rows: readonly (readonly TableCell[])[],
  lineWidth: number,
  fromData: boolean,
): number[] {
  const widths = columns.map((c) => (fromData ? cellLength(c.label) : c.width));
  if (fromData) {
    for (const row of rows) {
      row.forEach((cell, k) => {
        if (k < widths.length) widths[k] = Math.max(widths[k]!, cellLength(cell.text));
      });
    }
  }
  if (!assignUnsetWidths(widths, lineWidth)) trimToFit(widths, lineWidth);
  return widths;
}

function tableWidth(widths: readonly number[]): number {
  const visible = widths.filter((w) => w > 0);
  return visible.reduce((a, b) => a + b, 0) + SEPARATOR * (visible.length - 1);
}

/** Gives unset (0) columns the room left on the line, one cell at a time; false when too wide. */
function assignUnsetWidths(widths: number[], lineWidth: number): boolean {
  if (widths.every((w) => w > 0)) return tableWidth(widths) <= lineWidth;
  const fixed = widths.map((w) => w > 0);
  for (let k = 0; k < widths.length; k++) if (widths[k] === 0) widths[k] = MIN_COLUMN_WIDTH;
  let available = lineWidth - tableWidth(widths);
  if (available < 0) return false;
  while (available > 0) {
    for (let k = 0; k < widths.length && available > 0; k++) {
      if (fixed[k]) continue;
      widths[k]!++;
      available--;
    }
  }
  return true;
}

function trimToFit(widths: number[], lineWidth: number): void {
  for (;;) {
    const excess = tableWidth(widths) - lineWidth;
    if (excess <= 0) return;
    const firstHidden = widths.findIndex((w) => w < 0);
    const last = (firstHidden < 0 ? widths.length : firstHidden) - 1;
    if (last < 0) return;
    const narrowed = widths[last]! - excess;
    widths[last] = narrowed < MIN_COLUMN_WIDTH ? -1 : narrowed;
  }
}

/** One cell fitted to its column: padded (unless it is the last column) or cut with `…`. */
function fitCell(text: string, width: number, alignment: Alignment, pad: boolean): string {
  const s = firstLine(text);
  const len = cellLength(s);
  if (len < width) {
    if (alignment === 'right') return spaces(width - len) + s;
    return pad ? s + spaces(width - len) : s;
  }
  if (len === width) return s;
  const keep = width - 1;
  if (keep <= 0) return alignment === 'right' ? tailCells(s, width) : headCells(s, width);
  return alignment === 'right' ? ELLIPSIS + tailCells(s, keep) : headCells(s, keep) + ELLIPSIS;
}

/** A row on one line (data rows without -Wrap, and the `----` line). */
export function singleLineRow(
  cells: readonly TableCell[],
  columns: readonly TableColumnSpec[],
  widths: readonly number[],
): string {
  let line = '';
  for (let k = 0; k < columns.length; k++) {
    const width = widths[k]!;
    if (width <= 0) continue;
    if (k > 0) line += spaces(SEPARATOR);
    const cell = cells[k];
    const alignment = cell?.alignment ?? columns[k]!.alignment;
    line += fitCell(cell?.text ?? '', width, alignment, k < columns.length - 1);
  }
  return line;
}

/** A row whose cells wrap onto several lines (the header, and data rows with -Wrap). */
export function multiLineRow(
  cells: readonly TableCell[],
  columns: readonly TableColumnSpec[],
  widths: readonly number[],
): string[] {
  const visible = columns.map((_, k) => k).filter((k) => widths[k]! > 0);
  const cellLines = visible.map((k, i) => {
    const width = widths[k]!;
    const alignment = cells[k]?.alignment ?? columns[k]!.alignment;
    const pad = i < visible.length - 1;
    return wrapText(cells[k]?.text ?? '', width).map((l) =>
      cellLength(l) < width && (pad || alignment === 'right') ? fitCell(l, width, alignment, pad) : l,
    );
  });
  const height = Math.max(1, ...cellLines.map((l) => l.length));
  const lines: string[] = [];
  for (let row = 0; row < height; row++) {
    const lastWithContent = cellLines.reduce((acc, l, i) => (l.length > row ? i : acc), -1);
    let line = '';
    cellLines.forEach((l, i) => {
      if (i > lastWithContent) return;
      const k = visible[i]!;
      const text = l[row] ?? (i < cellLines.length - 1 ? spaces(widths[k]!) : '');
      line += (i > 0 ? spaces(SEPARATOR) : '') + text;
    });
    lines.push(height > 1 ? line.trimEnd() : line);
  }
  return lines;
}

/** The header labels and the `----` line under them (dashes as long as the label, at most the column). */
export function headerLines(columns: readonly TableColumnSpec[], widths: readonly number[]): string[] {
  const labels = columns.map((c) => ({ text: c.label }));
  const dashes = columns.map((c, k) => ({
    text: '-'.repeat(Math.max(0, Math.min(widths[k]!, cellLength(c.label) || widths[k]!))),
  }));
  return [...multiLineRow(labels, columns, widths), singleLineRow(dashes, columns, widths)];
}
