import { defineCmdlet } from '../../runtime/commands/defineCmdlet.js';
import { tenantOf } from '../identity.js';
import { authContextObject, currentGraphConnection } from './authContext.js';

/** Get-MgContext: the Graph connection in force, the implicit one included; nothing when not connected. */
export default defineCmdlet({
  name: 'Get-MgContext',
  module: 'Microsoft.Graph.Authentication',
  outputType: 'Microsoft.Graph.PowerShell.Authentication.AuthContext',
  synopsis: 'Gets details about the current Microsoft Graph context.',
  parameters: {},
  invoke: (c) => ({
    end() {
      const tenant = tenantOf(c);
      const conn = currentGraphConnection(c, tenant);
      if (conn) c.write(authContextObject(tenant, conn.principal, conn.details));
    },
  }),
});
