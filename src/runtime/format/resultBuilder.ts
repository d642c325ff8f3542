/** Collects formatter events into a FormatResult (the output of Format-Table/-List/-Wide). */
import type { FormatEvents } from './DocumentAssembler.js';
import type { DocumentShape, FormatDocument, FormatEntry, FormatSegment } from './FormatResult.js';
import { FormatResult } from './FormatResult.js';

export class ResultBuilder implements FormatEvents {
  private readonly segments: FormatSegment[] = [];
  private document: FormatDocument | null = null;

  lines(lines: readonly string[]): void {
    if (this.document) this.entry({ kind: 'lines', lines });
    else this.segments.push({ kind: 'lines', lines });
  }

  startDocument(shape: DocumentShape): void {
    this.document = { shape, groups: [] };
    this.segments.push({ kind: 'document', document: this.document });
  }

  startGroup(heading: string | undefined): void {
    this.document?.groups.push(heading === undefined ? { entries: [] } : { heading, entries: [] });
  }

  entry(entry: FormatEntry): void {
    if (!this.document) return;
    if (this.document.groups.length === 0) this.document.groups.push({ entries: [] });
    this.document.groups[this.document.groups.length - 1]!.entries.push(entry);
  }

  endDocument(): void {
    this.document = null;
  }

  result(): FormatResult {
    return new FormatResult(this.segments);
  }
}
