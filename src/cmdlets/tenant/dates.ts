/**
 * Tenant times (ISO strings, UTC) and the DateTime values cmdlets show and take. Shared by the
 * Tenant*, Graph and audit cmdlets.
 */
import { DateTime, UNIX_EPOCH_TICKS } from '../../runtime/dotnet/dateTime.js';
import { fromIso } from '../../tenant/index.js';

const TICKS_PER_MS = 10_000n;

/** A tenant time as a UTC DateTime (Graph and audit records carry UTC times); null stays null. */
export function utcDateTime(iso: string | null | undefined): DateTime | null {
  return iso ? DateTime.fromJsDate(new Date(fromIso(iso)), 'Utc') : null;
}

/** A tenant time as a local DateTime, as Get-Date shows "now" (the process's TZ). */
export function localDateTime(ms: number): DateTime {
  return DateTime.fromJsDate(new Date(ms), 'Local');
}

/**
 * The instant a DateTime parameter names. DESIGN.md: a date without a zone given to a cmdlet is
 * local time; Exchange's ExDateTime parameters (Search-UnifiedAuditLog) read it as UTC instead.
 */
export function instantOf(value: DateTime, unspecifiedAs: 'Local' | 'Utc' = 'Local'): Date {
  if (value.kind === 'Unspecified' && unspecifiedAs === 'Utc') {
    return new Date(Number((value.ticks - UNIX_EPOCH_TICKS) / TICKS_PER_MS));
  }
  return value.toJsDate();
}

/** yyyy-MM-dd of a tenant time (the refusal texts of DESIGN.md). */
export const isoDay = (iso: string): string => iso.slice(0, 10);
