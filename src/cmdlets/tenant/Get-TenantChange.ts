import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { DateTime } from '../../runtime/dotnet/dateTime.js';
import { tenantOf } from '../identity.js';
import { instantOf } from './dates.js';
import { changeObject } from './shapes.js';

/**
 * Get-TenantChange: what the current run changed (or, with -Since, everything since that time),
 * refusals included with the rule that refused: the basis of the run summary.
 */
export default defineCmdlet({
  name: 'Get-TenantChange',
  module: 'tenantsh',
  outputType: 'Tenantsh.TenantChange',
  synopsis: 'Lists the changes (and refusals) of this run, or since a date.',
  parameters: {
    Since: param.typed<DateTime>('datetime', { position: 0 }),
  },
  invoke: (c) => ({
    end() {
      const audit = tenantOf(c).audit;
      const records = c.params.Since ? audit.changesSince(instantOf(c.params.Since)) : audit.changesOfRun();
      for (const r of records) c.write(changeObject(r));
    },
  }),
});
