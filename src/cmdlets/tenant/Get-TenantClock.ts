import { defineCmdlet } from '../../runtime/commands/defineCmdlet.js';
import { tenantOf } from '../identity.js';
import { clockObject } from './shapes.js';

/** Get-TenantClock: the tenant's time and whether it follows real time, runs from a set date or stands still. */
export default defineCmdlet({
  name: 'Get-TenantClock',
  module: 'tenantsh',
  outputType: 'Tenantsh.TenantClock',
  synopsis: "Gets the tenant's clock (T-TIME-1).",
  parameters: {},
  invoke: (c) => ({
    end() {
      c.write(clockObject(tenantOf(c)));
    },
  }),
});
