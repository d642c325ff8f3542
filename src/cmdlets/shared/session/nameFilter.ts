/**
 * Name selection shared by Get-Variable, Get-Alias and Get-Command: -Name patterns (wildcards),
 * -Include and -Exclude, all case-insensitive.
 */
import { hasWildcards, isWildcardMatch } from '../../../runtime/regex/wildcard.js';

export function matchesAny(name: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => isWildcardMatch(name, p));
}

/** Whether `name` passes -Include (when given) and -Exclude. */
export function passesFilters(name: string, include: readonly string[] | undefined, exclude: readonly string[] | undefined): boolean {
  if (include && include.length > 0 && !matchesAny(name, include)) return false;
  return !(exclude && matchesAny(name, exclude));
}

/** A name written without wildcards must exist; a pattern that matches nothing is no error. */
export function isLiteralName(pattern: string): boolean {
  return !hasWildcards(pattern);
}

export function byName<T>(nameOf: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = nameOf(a).toLowerCase();
    const y = nameOf(b).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
