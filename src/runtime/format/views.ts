/**
 * Default views: how Out-Default shows a type that has one (pwsh's *.format.ps1xml). Tenant
 * cmdlets register theirs (e.g. Microsoft.Online.Administration.User) with `registerDefaultView`;
 * built-in ones live in builtinViews.ts. Views are keyed by type name in a Map, never by an
 * object key, and matched against a PSObject's typeNames (most derived first) or a value's
 * .NET type name.
 */
import { PSObject } from '../values/PSObject.js';
import { typeNameOf } from '../types/typeNameOf.js';
import { getPropertyValue } from '../members/properties.js';
import type { CultureInfo } from '../dotnet/culture.js';

export type Alignment = 'left' | 'right';

export interface ViewColumn {
  readonly label: string;
  /** A property name, or a function computing the displayed value. */
  readonly property: string | ((value: unknown) => unknown);
  /** Fixed width (0 or absent: sized from the data). */
  readonly width?: number;
  /** Absent: right for numbers and the other non-string scalars of the first row, else left. */
  readonly alignment?: Alignment;
}

/**
 * A heading printed before each group of consecutive objects that share its value (the
 * `    Directory: /home` line of Get-ChildItem, `   TypeName: X` of Get-Member).
 */
export interface ViewGroupBy {
  readonly key: (value: unknown) => unknown;
  /** The heading line for a key's text. */
  readonly heading: (keyText: string) => string;
}

export type DefaultView =
  | {
      readonly kind: 'table';
      readonly columns: readonly ViewColumn[];
      readonly groupBy?: ViewGroupBy;
      /** Size columns to the widest value; a fixed-width view otherwise leaves them as declared. */
      readonly autoSize?: boolean;
      readonly hideHeader?: boolean;
    }
  | { readonly kind: 'list'; readonly columns: readonly ViewColumn[]; readonly groupBy?: ViewGroupBy }
  | { readonly kind: 'wide'; readonly column: ViewColumn; readonly groupBy?: ViewGroupBy }
  /** A free-form view: each object prints as these lines (DateTime, MatchInfo). */
  | { readonly kind: 'custom'; readonly lines: (value: unknown, culture: CultureInfo) => string[] };

const views = new Map<string, DefaultView>();

export function registerDefaultView(typeName: string, view: DefaultView): void {
  views.set(typeName.toLowerCase(), view);
}

/** The names a value's view is looked up by, most specific first. */
export function viewTypeNames(value: unknown): string[] {
  if (value instanceof PSObject) {
    return value.baseObject === null ? value.typeNames : [...value.typeNames, typeNameOf(value.baseObject)];
  }
  return [typeNameOf(value)];
}

export function findDefaultView(value: unknown): DefaultView | undefined {
  for (const name of viewTypeNames(value)) {
    const view = views.get(name.toLowerCase());
    if (view) return view;
  }
  return undefined;
}

/** A column's value for one object. */
export function columnValue(column: ViewColumn, value: unknown): unknown {
  if (typeof column.property === 'function') return column.property(value);
  const v = getPropertyValue(value, column.property);
  return v === undefined ? null : v;
}
