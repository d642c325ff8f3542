/**
 * Which values PowerShell enumerates when they are written to the pipeline, used with foreach, or
 * compared with a collection on the left: arrays and .NET lists (IEnumerable), but not strings and
 * not dictionaries. Runtime classes that are collections in .NET (MatchCollection, ...) implement
 * `psEnumerate`.
 */
import { PSList } from './PSList.js';
import { PSObject } from './PSObject.js';

export interface PSEnumerable {
  psEnumerate(): unknown[];
}

function isPSEnumerable(v: object): v is PSEnumerable {
  return 'psEnumerate' in v && typeof (v as PSEnumerable).psEnumerate === 'function';
}

/** The items of an enumerable value, or null for a scalar. */
export function enumerableItems(value: unknown): unknown[] | null {
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) return value;
  if (value instanceof PSList) return value.items;
  if (value instanceof PSObject) return value.baseObject === null ? null : enumerableItems(value.baseObject);
  if (isPSEnumerable(value)) return value.psEnumerate();
  return null;
}

/** A value as a list: a scalar is a one-element list, $null an empty one (foreach's view). */
export function asList(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return enumerableItems(value) ?? [value];
}
