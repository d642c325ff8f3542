/**
 * The runtime's clock in a CLI run: the tenant's clock once a tenant is open (or can be opened
 * without creating one), so Get-Date and [datetime]::Now agree with the tenant's 30-day rules;
 * Start-Sleep moves the tenant clock instead of waiting (T-TIME-2) unless --real-time.
 */
import type { Clock } from '../runtime/host.js';
import { SYSTEM } from '../tenant/index.js';
import type { FileTenantSession } from './TenantSession.js';

export function sessionClock(session: FileTenantSession, realTime: boolean): Clock {
  let offsetMs = 0;
  const tenant = () => (session.isOpen || session.fileExists ? session.tenant() : null);
  return {
    nowMs: () => {
      const t = tenant();
      return t ? t.clock.nowMs() : Date.now() + offsetMs;
    },
    sleep: (ms: number) => {
      if (realTime) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
        return;
      }
      const t = tenant();
      if (t) t.clock.move(SYSTEM, ms, 'Start-Sleep');
      else offsetMs += ms;
    },
  };
}
