/**
 * Formatted output: what Format-Table/-List/-Wide return and what Out-Default builds internally.
 * It keeps cell texts, not layout, so that Out-Default, Out-String -Width N and the console each
 * lay it out for their own line width (`renderToLines`).
 *
 * A result is a run of segments: bare lines (strings and numbers print as themselves) and
 * documents. A document has one shape (table, list, wide or custom) and one or more groups
 * (Format-Table -GroupBy, Get-ChildItem's directories). Besides its own rows, a group may carry
 * "out-of-band" entries: objects the document's view does not apply to, printed in place as
 * bare lines or as a stand-alone list.
 */
import type { ListField } from './listLayout.js';
import type { TableCell, TableColumnSpec } from './tableLayout.js';

export type DocumentShape =
  | {
      readonly kind: 'table';
      readonly columns: readonly TableColumnSpec[];
      readonly hideHeader: boolean;
      /** -Wrap: cells wrap onto several lines instead of ending in `…`. */
      readonly wrap: boolean;
      /** Size every column to its data (also done when the first column has no declared width). */
      readonly autoSize: boolean;
    }
  | { readonly kind: 'list' }
  | { readonly kind: 'wide'; readonly columns: number; readonly autoSize: boolean }
  | { readonly kind: 'custom' };

export type FormatEntry =
  | { readonly kind: 'row'; readonly cells: readonly TableCell[] }
  | { readonly kind: 'fields'; readonly fields: readonly ListField[] }
  | { readonly kind: 'item'; readonly text: string }
  /** Lines printed as they are: a custom view's entry, or an out-of-band scalar. */
  | { readonly kind: 'lines'; readonly lines: readonly string[] }
  /** An out-of-band object shown as a list of its properties inside another document. */
  | { readonly kind: 'outOfBandFields'; readonly fields: readonly ListField[] };

export interface FormatGroup {
  /** The group's heading line (`   Dept: IT`), absent for an ungrouped document. */
  readonly heading?: string;
  readonly entries: FormatEntry[];
}

export interface FormatDocument {
  readonly shape: DocumentShape;
  readonly groups: FormatGroup[];
}

export type FormatSegment =
  | { readonly kind: 'lines'; readonly lines: readonly string[] }
  | { readonly kind: 'document'; readonly document: FormatDocument };

export class FormatResult {
  readonly psTypeName = 'Microsoft.PowerShell.Commands.Internal.Format.FormatResult';
  constructor(readonly segments: readonly FormatSegment[]) {}
}
