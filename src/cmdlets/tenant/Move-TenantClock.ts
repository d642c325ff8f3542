import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { asNumber } from '../../runtime/convert/toNumber.js';
import { toDouble } from '../../runtime/values/numbers.js';
import { SYSTEM } from '../../tenant/index.js';
import { tenantOf } from '../identity.js';
import { clockObject } from './shapes.js';

const HOUR_MS = 60 * 60 * 1000;

/** Move-TenantClock -Days N [-Hours H]: forward only; what the new time has passed expires at once (T-TIME-1). */
export default defineCmdlet({
  name: 'Move-TenantClock',
  module: 'tenantsh',
  outputType: 'Tenantsh.TenantClock',
  synopsis: "Moves the tenant's clock forward (T-TIME-1).",
  parameters: {
    Days: param.double({ position: 0 }),
    Hours: param.double(),
  },
  invoke: (c) => ({
    end() {
      const tenant = tenantOf(c);
      const days = toDouble(asNumber(c.params.Days) ?? 0);
      const hours = toDouble(asNumber(c.params.Hours) ?? 0);
      const ms = Math.round((days * 24 + hours) * HOUR_MS);
      if (!Number.isFinite(ms) || ms < 0) {
        c.fail({
          message: 'The tenant clock only moves forward. Use Set-TenantClock -Date to set an earlier date.',
          id: 'TenantClockBackwards',
          category: 'InvalidArgument',
          exceptionType: 'System.ArgumentOutOfRangeException',
          target: ms,
        });
      }
      tenant.clock.move(SYSTEM, ms);
      c.write(clockObject(tenant));
    },
  }),
});
