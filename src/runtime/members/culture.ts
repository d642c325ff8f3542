/**
 * The culture `.ToString()` and Parse use. pwsh formats `.ToString()` with the current culture
 * (unlike string expansion, which is invariant); tenantsh's current culture is en-US as Windows
 * defines it, where most of the scripts it runs were written.
 */
import { EN_US_WINDOWS, type CultureInfo } from '../dotnet/culture.js';

let current: CultureInfo = EN_US_WINDOWS;

export function currentCulture(): CultureInfo {
  return current;
}

/** For a host (or a test) that runs with another culture. */
export function setCurrentCulture(culture: CultureInfo): void {
  current = culture;
}
