import type { IsoDate } from './ids.js';

/**
 * The tenant clock as stored (T-TIME-1):
 * - `real`: follows the machine's time;
 * - `offset`: machine time plus `offsetMs` (Set-TenantClock -Date without -Frozen, Move-TenantClock
 *   or Start-Sleep on a running clock): it keeps running from the date it was set to;
 * - `frozen`: stands at `at` until set or moved.
 */
export type ClockState =
  | { readonly mode: 'real' }
  | { readonly mode: 'offset'; readonly offsetMs: number }
  | { readonly mode: 'frozen'; readonly at: IsoDate };
