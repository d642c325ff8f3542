import { defineCmdlet } from '../../runtime/commands/defineCmdlet.js';
import { tenantOf } from '../identity.js';
import { tenantSession } from '../session.js';
import { authContextObject, currentGraphConnection } from './authContext.js';

/** Disconnect-MgGraph: signs out (the next Graph cmdlet gets E3) and writes the closed context. */
export default defineCmdlet({
  name: 'Disconnect-MgGraph',
  module: 'Microsoft.Graph.Authentication',
  outputType: 'Microsoft.Graph.PowerShell.Authentication.AuthContext',
  synopsis: 'Once you are signed in, you will remain signed in until you invoke Disconnect-MgGraph.',
  parameters: {},
  invoke: (c) => ({
    end() {
      const tenant = tenantOf(c);
      const conn = currentGraphConnection(c, tenant);
      if (!conn) {
        return c.fail({
          message: 'No application to sign out from.',
          id: 'Microsoft.Graph.PowerShell.Authentication.Cmdlets.DisconnectMgGraph',
          category: 'InvalidOperation',
          exceptionType: 'System.Exception',
        });
      }
      tenantSession(c).setConnection('Graph', { state: 'disconnected' });
      c.write(authContextObject(tenant, conn.principal, conn.details));
    },
  }),
});
