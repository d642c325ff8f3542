/**
 * Format-Wide rows: `columns` items per line (2 unless -Column or -AutoSize says otherwise), the
 * line split evenly between them as pwsh's table writer does for columns of unset width.
 */
import { columnWidths, singleLineRow, type TableColumnSpec } from './tableLayout.js';
import { cellLength } from './textCells.js';

/** -AutoSize: as many items per line as fit when each is as wide as the widest. */
export function autoSizedWideColumns(items: readonly string[], lineWidth: number): number {
  const widest = Math.max(0, ...items.map(cellLength));
  if (widest <= 0 || lineWidth < 1 || widest >= lineWidth) return 1;
  let n = 1;
  while (widest * (n + 1) + n < lineWidth) n++;
  return n;
}

export function wideRows(items: readonly string[], columns: number, lineWidth: number): string[] {
  const n = Math.max(1, columns);
  const specs: TableColumnSpec[] = Array.from({ length: n }, () => ({
    label: '',
    width: 0,
    alignment: 'left',
  }));
  const widths = columnWidths(specs, [], lineWidth, false);
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += n) {
    const cells = specs.map((_, k) => ({ text: items[i + k] ?? '' }));
    lines.push(singleLineRow(cells, specs, widths));
  }
  return lines;
}
