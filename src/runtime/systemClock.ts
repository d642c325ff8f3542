/** The clock when no tenant drives time: the system's. Start-Sleep advances a virtual offset unless real time is asked for. */
import type { Clock } from './host.js';

export function systemClock(realTime: boolean): Clock {
  let offset = 0;
  return {
    // The one place the runtime reads the system time; the tenant clock replaces it when a tenant is open.
    nowMs: () => Date.now() + offset,
    sleep: (ms: number) => {
      if (realTime) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      else offset += ms;
    },
  };
}
