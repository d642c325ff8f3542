import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { DateTime } from '../../runtime/dotnet/dateTime.js';
import { SYSTEM } from '../../tenant/index.js';
import { tenantOf } from '../identity.js';
import { instantOf } from './dates.js';
import { clockObject } from './shapes.js';

/**
 * Set-TenantClock -Date D [-Frozen] pins the clock to D (earlier dates allowed; it keeps running
 * unless -Frozen); -Real returns to real time. What the new time has passed expires at once (T-TIME-1).
 */
export default defineCmdlet({
  name: 'Set-TenantClock',
  module: 'tenantsh',
  defaultParameterSet: 'Date',
  outputType: 'Tenantsh.TenantClock',
  synopsis: "Sets the tenant's clock (T-TIME-1).",
  parameters: {
    Date: param.typed<DateTime>('datetime', { sets: { Date: { mandatory: true, position: 0 } } }),
    Frozen: param.switch({ sets: ['Date'] }),
    Real: param.switch({ sets: { Real: { mandatory: true } } }),
  },
  invoke: (c) => ({
    end() {
      const tenant = tenantOf(c);
      if (c.parameterSetName === 'Real') tenant.clock.setReal(SYSTEM);
      else tenant.clock.setDate(SYSTEM, instantOf(c.params.Date!), c.params.Frozen ?? false);
      c.write(clockObject(tenant));
    },
  }),
});
