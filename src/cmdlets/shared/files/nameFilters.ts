/**
 * -Filter, -Include and -Exclude: wildcard patterns matched against an item's name (its last
 * path part), ignoring case. An item passes when it matches the filter and some include pattern
 * (when given) and no exclude pattern.
 */
import { wildcardToRegex } from '../../../runtime/regex/wildcard.js';
import { leafOf } from './providerPath.js';

export interface NameFilters {
  readonly Filter?: string | undefined;
  readonly Include?: readonly string[] | undefined;
  readonly Exclude?: readonly string[] | undefined;
}

const matchesAny = (name: string, patterns: readonly string[]): boolean =>
  patterns.some((p) => wildcardToRegex(p).test(name));

export function filterByName(full: string, filters: NameFilters): boolean {
  const name = leafOf(full);
  if (filters.Filter !== undefined && filters.Filter !== '' && !wildcardToRegex(filters.Filter).test(name)) return false;
  if (filters.Include && filters.Include.length > 0 && !matchesAny(name, filters.Include)) return false;
  if (filters.Exclude && filters.Exclude.length > 0 && matchesAny(name, filters.Exclude)) return false;
  return true;
}
