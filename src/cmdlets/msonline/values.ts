/**
 * .NET-shaped values the directory modules' output objects hold: typed objects (a PSObject with
 * the real type names), Guids, UTC DateTimes and generic lists.
 */
import { DateTime } from '../../runtime/dotnet/dateTime.js';
import { PSList } from '../../runtime/values/PSList.js';
import { PSObject } from '../../runtime/values/PSObject.js';
import { PSGuid } from '../../runtime/values/scalars.js';
import { fromIso } from '../../tenant/index.js';

/** An object of a module type: its properties in the given order, typeNames [type, ..., System.Object]. */
export function typedObject(typeNames: readonly string[], entries: readonly (readonly [string, unknown])[]): PSObject {
  const o = new PSObject(null, [...typeNames, 'System.Object']);
  for (const [k, v] of entries) o.setNote(k, v);
  return o;
}

export const guid = (text: string): PSGuid => new PSGuid(text.toLowerCase());

export const guidOrNull = (text: string | null | undefined): PSGuid | null => (text ? guid(text) : null);

/** A tenant date (ISO, UTC) as a UTC DateTime; null stays null. */
export function utcDate(iso: string | null | undefined): DateTime | null {
  return iso ? DateTime.fromJsDate(new Date(fromIso(iso)), 'Utc') : null;
}

/** System.Collections.Generic.List[T] of the given element type. */
export function genericList(elementType: string, items: readonly unknown[]): PSList {
  return new PSList(`System.Collections.Generic.List\`1[${elementType}]`, elementType, [...items]);
}

export const stringList = (items: readonly string[]): PSList => genericList('System.String', items);
