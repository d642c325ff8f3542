/** A MethodContext with a fixed clock and GUID sequence, and a script block runner for delegates. */
import { DateTime } from '../../../src/runtime/dotnet/dateTime.js';
import type { MethodContext } from '../../../src/runtime/members/index.js';

export const FIXED_UTC = DateTime.fromParts(2026, 1, 15, 9, 30, 0, 0, 'Utc');

export function testContext(clock: { utc: DateTime } = { utc: FIXED_UTC }): MethodContext {
  let guids = 0;
  return {
    now: () => clock.utc.toLocalTime(),
    utcNow: () => clock.utc,
    newGuid: () => `00000000-0000-4000-8000-${String(++guids).padStart(12, '0')}`,
    invokeScriptBlock: () => [],
  };
}
