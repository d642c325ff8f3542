/**
 * The view a document uses, chosen from its first object: a registered default view, the
 * columns given to Format-Table/-List/-Wide, or one generated from the object's properties
 * (a table for up to 4 properties, a list for 5 or more, as pwsh does). The view then turns every
 * later object of the document into an entry; objects it does not apply to are printed
 * out of band.
 */
import { DateTime } from '../dotnet/dateTime.js';
import { propertiesOf } from '../members/properties.js';
import { toStr } from '../convert/toStringValue.js';
import type { DocumentShape, FormatEntry } from './FormatResult.js';
import {
  fieldText,
  isRightAligned,
  isScalar,
  scalarLine,
  tableCellText,
  type DisplayOptions,
} from './displayString.js';
import type { TableColumnSpec } from './tableLayout.js';
import {
  columnValue,
  findDefaultView,
  type DefaultView,
  type ViewColumn,
  type ViewGroupBy,
} from './views.js';

/** pwsh shows at most 10 columns in a table it generates from properties. */
const MAX_GENERATED_COLUMNS = 10;
/** Objects with more properties than this are shown as a list by default. */
const MAX_TABLE_PROPERTIES = 4;

export interface ActiveView {
  readonly shape: DocumentShape;
  /** False: the object is printed out of band instead of as an entry of this document. */
  applies(value: unknown): boolean;
  entry(value: unknown): FormatEntry;
  readonly groupBy?: ViewGroupBy;
}

/** What Format-Table/-List/-Wide were asked for. */
export interface ShapeRequest {
  readonly kind: 'table' | 'list' | 'wide';
  /** Resolved -Property columns; absent: the type's view or all properties. */
  readonly columns?: readonly ViewColumn[];
  readonly autoSize?: boolean;
  readonly hideHeader?: boolean;
  readonly wrap?: boolean;
  readonly wideColumns?: number;
  readonly groupBy?: ViewGroupBy;
}

/** The entry of an object with no view of its own: its lines, or its properties as a list. */
export function outOfBandEntry(value: unknown, options: DisplayOptions): FormatEntry {
  const view = findDefaultView(value);
  if (view?.kind === 'custom') return { kind: 'lines', lines: view.lines(value, options.culture) };
  if (isScalar(value) || value instanceof DateTime)
    return { kind: 'lines', lines: [scalarLine(value, options)] };
  const fields = allFields(value, options);
  if (fields.length === 0) return { kind: 'lines', lines: [toStr(value)] };
  return { kind: 'outOfBandFields', fields };
}

function allFields(value: unknown, options: DisplayOptions): { label: string; text: string }[] {
  return propertiesOf(value).map((p) => ({ label: p.name, text: fieldText(p.get(), options) }));
}

/**
 * A column without a declared alignment is right-aligned when a generated view's first object
 * has a number (or other non-string scalar) in it; a registered view's columns are left-aligned.
 */
function columnSpecs(
  columns: readonly ViewColumn[],
  first: unknown,
  alignByValue: boolean,
): TableColumnSpec[] {
  return columns.map((c) => ({
    label: c.label,
    width: c.width ?? 0,
    alignment: c.alignment ?? (alignByValue && isRightAligned(columnValue(c, first)) ? 'right' : 'left'),
  }));
}

function tableView(
  columns: readonly ViewColumn[],
  first: unknown,
  options: DisplayOptions,
  flags: { autoSize: boolean; hideHeader: boolean; wrap: boolean },
  applies: (v: unknown) => boolean,
  groupBy?: ViewGroupBy,
  alignByValue = true,
): ActiveView {
  return {
    shape: { kind: 'table', columns: columnSpecs(columns, first, alignByValue), ...flags },
    applies,
    entry: (v) => ({
      kind: 'row',
      cells: columns.map((c) => ({ text: tableCellText(columnValue(c, v), options) })),
    }),
    groupBy,
  };
}

function listView(
  columns: readonly ViewColumn[] | undefined,
  options: DisplayOptions,
  applies: (v: unknown) => boolean,
  groupBy?: ViewGroupBy,
): ActiveView {
  return {
    shape: { kind: 'list' },
    applies,
    entry: (v) => ({
      kind: 'fields',
      fields: columns
        ? columns.map((c) => ({ label: c.label, text: fieldText(columnValue(c, v), options) }))
        : allFields(v, options),
    }),
    groupBy,
  };
}

function wideView(
  column: ViewColumn,
  options: DisplayOptions,
  flags: { columns: number; autoSize: boolean },
  applies: (v: unknown) => boolean,
  groupBy?: ViewGroupBy,
): ActiveView {
  return {
    shape: { kind: 'wide', ...flags },
    applies,
    entry: (v) => ({ kind: 'item', text: fieldText(columnValue(column, v), options) }),
    groupBy,
  };
}

/** A view generated from the properties of the first object: it applies to every object. */
function generatedColumns(first: unknown): ViewColumn[] {
  return propertiesOf(first).map((p) => ({ label: p.name, property: p.name }));
}

const always = (): boolean => true;

function fromDefaultView(view: DefaultView, first: unknown, options: DisplayOptions): ActiveView {
  const applies = (v: unknown): boolean => findDefaultView(v) === view;
  switch (view.kind) {
    case 'table':
      return tableView(
        view.columns,
        first,
        options,
        { autoSize: view.autoSize ?? false, hideHeader: view.hideHeader ?? false, wrap: false },
        applies,
        view.groupBy,
        false,
      );
    case 'list':
      return listView(view.columns, options, applies, view.groupBy);
    case 'wide':
      return wideView(view.column, options, { columns: 0, autoSize: false }, applies, view.groupBy);
    case 'custom':
      return {
        shape: { kind: 'custom' },
        applies,
        entry: (v) => ({ kind: 'lines', lines: view.lines(v, options.culture) }),
      };
  }
}

/** Out-Default's choice for a document starting with `first`. */
export function defaultViewFor(first: unknown, options: DisplayOptions): ActiveView {
  const view = findDefaultView(first);
  if (view) return fromDefaultView(view, first, options);
  const columns = generatedColumns(first);
  if (columns.length > MAX_TABLE_PROPERTIES) return listView(undefined, options, always);
  const flags = { autoSize: false, hideHeader: false, wrap: false };
  return tableView(columns.slice(0, MAX_GENERATED_COLUMNS), first, options, flags, always);
}

/** Format-Table/-List/-Wide's choice for a document starting with `first`. */
export function requestedViewFor(request: ShapeRequest, first: unknown, options: DisplayOptions): ActiveView {
  const view = request.columns ? undefined : findDefaultView(first);
  const groupBy = request.groupBy;
  switch (request.kind) {
    case 'table': {
      const flags = {
        autoSize: request.autoSize ?? false,
        hideHeader: request.hideHeader ?? false,
        wrap: request.wrap ?? false,
      };
      if (view?.kind === 'table') {
        const viewFlags = { ...flags, hideHeader: flags.hideHeader || !!view.hideHeader };
        return tableView(view.columns, first, options, viewFlags, always, groupBy ?? view.groupBy, false);
      }
      const columns = request.columns ?? generatedColumns(first).slice(0, MAX_GENERATED_COLUMNS);
      return tableView(columns, first, options, flags, always, groupBy);
    }
    case 'list':
      if (view?.kind === 'list' && !request.columns)
        return listView(view.columns, options, always, groupBy ?? view.groupBy);
      return listView(request.columns, options, always, groupBy);
    case 'wide': {
      const column =
        request.columns?.[0] ?? (view?.kind === 'wide' ? view.column : undefined) ?? wideDefaultColumn(first);
      const flags = { columns: request.wideColumns ?? 0, autoSize: request.autoSize ?? false };
      return wideView(column, options, flags, always, groupBy);
    }
  }
}

/** Format-Wide without -Property shows the Name property, else the first property. */
function wideDefaultColumn(first: unknown): ViewColumn {
  const props = propertiesOf(first);
  const name = props.find((p) => p.name.toLowerCase() === 'name') ?? props[0];
  if (name) return { label: name.name, property: name.name };
  return { label: '', property: (v) => toStr(v) };
}
