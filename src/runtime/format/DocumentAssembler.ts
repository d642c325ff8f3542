/**
 * The formatter's state machine (pwsh's Format-Default / Format-Table front end): it turns a
 * stream of objects into documents, groups and entries. The first object that is not a scalar
 * opens a document with the view chosen for it; later objects join that document when the
 * view applies to them (a view generated from properties applies to every object, so a second
 * object of another shape is shown with the first object's columns), and are printed "out of
 * band" otherwise. Scalars are always printed as bare lines, without closing the document.
 */
import { toStr } from '../convert/toStringValue.js';
import { propertiesOf } from '../members/properties.js';
import { PSHashtable } from '../values/Hashtable.js';
import { PSList } from '../values/PSList.js';
import type { ActiveView } from './activeView.js';
import { outOfBandEntry } from './activeView.js';
import { DictionaryEntry } from './DictionaryEntry.js';
import { fieldText, isScalar, scalarLine, type DisplayOptions } from './displayString.js';
import type { DocumentShape, FormatEntry } from './FormatResult.js';
import { findDefaultView } from './views.js';

export interface FormatEvents {
  lines(lines: readonly string[]): void;
  startDocument(shape: DocumentShape): void;
  startGroup(heading: string | undefined): void;
  entry(entry: FormatEntry): void;
  endDocument(): void;
}

/** The values the formatter shows for one pipeline object: a collection shows its elements. */
export function formattedElements(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(formattedElements);
  if (value instanceof PSList) return value.items.flatMap(formattedElements);
  if (value instanceof PSHashtable) return [...value.pairs()].map(([k, v]) => new DictionaryEntry(k, v));
  return [value];
}

export class DocumentAssembler {
  private view: ActiveView | null = null;
  private groupKey: string | undefined;

  constructor(
    private readonly chooseView: (first: unknown) => ActiveView,
    private readonly events: FormatEvents,
    private readonly options: DisplayOptions,
  ) {}

  get inDocument(): boolean {
    return this.view !== null;
  }

  push(value: unknown): void {
    for (const v of formattedElements(value)) this.pushOne(v);
  }

  private pushOne(value: unknown): void {
    if (value === null || value === undefined) return;
    if (isScalar(value)) {
      this.events.lines(scalarLine(value, this.options).split(/\r\n|\n/));
      return;
    }
    if (this.view === null) {
      if (!findDefaultView(value) && propertiesOf(value).length === 0) {
        this.events.lines(toStr(value).split(/\r\n|\n/));
        return;
      }
      this.view = this.chooseView(value);
      this.events.startDocument(this.view.shape);
      this.groupKey = undefined;
      this.startGroupFor(value, true);
      this.events.entry(this.view.entry(value));
      return;
    }
    if (!this.view.applies(value)) {
      this.events.entry(outOfBandEntry(value, this.options));
      return;
    }
    this.startGroupFor(value, false);
    this.events.entry(this.view.entry(value));
  }

  private startGroupFor(value: unknown, first: boolean): void {
    const groupBy = this.view?.groupBy;
    if (!groupBy) {
      if (first) this.events.startGroup(undefined);
      return;
    }
    const key = fieldText(groupBy.key(value), this.options);
    if (!first && key === this.groupKey) return;
    this.groupKey = key;
    this.events.startGroup(groupBy.heading(key));
  }

  /** Closes the open document, if any. */
  end(): void {
    if (this.view === null) return;
    this.view = null;
    this.events.endDocument();
  }
}
