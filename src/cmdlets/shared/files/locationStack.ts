/**
 * Push-Location / Pop-Location's stack of earlier locations, one per session (kept among the
 * runtime's services), and the one place that changes the current location.
 */
import type { Runtime } from '../../../runtime/Runtime.js';

const SERVICE = 'files.location-stack';

class LocationStack {
  readonly entries: string[] = [];
}

export function locationStackOf(rt: Runtime): string[] {
  const existing = rt.services.get(SERVICE);
  if (existing instanceof LocationStack) return existing.entries;
  const stack = new LocationStack();
  rt.services.set(SERVICE, stack);
  return stack.entries;
}
