/**
 * Writes a document as pwsh's Out-Default does, group by group: a blank line when the document
 * starts; per group its heading and a blank line, the table header, the entries, and a blank
 * line when the group ends. A list entry is followed by a blank line. Table and wide groups are
 * laid out when they end, because their column widths depend on every row (pwsh waits up to
 * 300 ms for rows before fixing widths; tenantsh behaves as for a fast script and waits for
 * the whole group). List, custom and out-of-band entries are written immediately.
 */
import type { DocumentShape, FormatEntry, FormatGroup } from './FormatResult.js';
import { listEntryLines } from './listLayout.js';
import { columnWidths, headerLines, multiLineRow, singleLineRow } from './tableLayout.js';
import { autoSizedWideColumns, wideRows } from './wideLayout.js';

export type LineSink = (line: string) => void;

export class DocumentWriter {
  /** Entries of the current group still waiting for their layout (tables and wide views). */
  private pending: FormatEntry[] = [];
  private heading: string | undefined;
  private inGroup = false;

  constructor(
    readonly shape: DocumentShape,
    private readonly lineWidth: number,
    private readonly out: LineSink,
  ) {
    out('');
  }

  private get buffers(): boolean {
    return this.shape.kind === 'table' || this.shape.kind === 'wide';
  }

  startGroup(heading: string | undefined): void {
    if (this.inGroup) this.endGroup();
    this.inGroup = true;
    this.heading = heading;
    if (!this.buffers) this.writeHeading();
  }

  add(entry: FormatEntry): void {
    if (!this.inGroup) this.startGroup(undefined);
    if (this.buffers) this.pending.push(entry);
    else this.writeEntry(entry);
  }

  endGroup(): void {
    if (!this.inGroup) return;
    if (this.buffers) {
      this.writeHeading();
      if (this.shape.kind === 'table') this.writeTable(this.pending);
      else this.writeWide(this.pending);
      this.pending = [];
    }
    this.inGroup = false;
    this.out('');
  }

  /** Ends the document (pwsh writes nothing more than the group's closing blank line). */
  end(): void {
    this.endGroup();
  }

  writeGroup(group: FormatGroup): void {
    this.startGroup(group.heading);
    for (const e of group.entries) this.add(e);
    this.endGroup();
  }

  private writeHeading(): void {
    if (this.heading === undefined) return;
    this.out(this.heading);
    this.out('');
  }

  private writeEntry(entry: FormatEntry): void {
    switch (entry.kind) {
      case 'fields':
        for (const l of listEntryLines(entry.fields, this.lineWidth)) this.out(l);
        this.out('');
        return;
      case 'outOfBandFields':
        this.out('');
        for (const l of listEntryLines(entry.fields, this.lineWidth)) this.out(l);
        this.out('');
        return;
      case 'lines':
        for (const l of entry.lines) this.out(l);
        return;
      case 'item':
        this.out(entry.text);
        return;
      case 'row':
        this.out(entry.cells.map((c) => c.text).join(' '));
        return;
    }
  }

  private writeTable(entries: readonly FormatEntry[]): void {
    if (this.shape.kind !== 'table') return;
    const { columns, hideHeader, wrap, autoSize } = this.shape;
    if (columns.length === 0) return;
    const rows = entries.flatMap((e) => (e.kind === 'row' ? [e.cells] : []));
    const fromData = autoSize || columns[0]!.width === 0;
    const widths = columnWidths(columns, rows, this.lineWidth, fromData);
    if (!widths.some((w) => w > 0)) return;
    if (!hideHeader) for (const l of headerLines(columns, widths)) this.out(l);
    for (const e of entries) {
      if (e.kind !== 'row') {
        this.writeEntry(e);
        continue;
      }
      if (wrap) for (const l of multiLineRow(e.cells, columns, widths)) this.out(l);
      else this.out(singleLineRow(e.cells, columns, widths));
    }
  }

  private writeWide(entries: readonly FormatEntry[]): void {
    if (this.shape.kind !== 'wide') return;
    const items = entries.flatMap((e) => (e.kind === 'item' ? [e.text] : []));
    const columns = this.shape.autoSize
      ? autoSizedWideColumns(items, this.lineWidth)
      : this.shape.columns > 0
        ? this.shape.columns
        : 2;
    let row: string[] = [];
    for (const e of entries) {
      if (e.kind !== 'item') {
        this.writeEntry(e);
        continue;
      }
      row.push(e.text);
      if (row.length === columns) {
        for (const l of wideRows(row, columns, this.lineWidth)) this.out(l);
        row = [];
      }
    }
    if (row.length > 0) for (const l of wideRows(row, columns, this.lineWidth)) this.out(l);
  }
}
