/** Disconnect-AzureAD: ends the AzureAD session; the next AzureAD cmdlet gives E2. */
import { defineCmdlet } from '../../runtime/commands/defineCmdlet.js';
import { tenantSession } from '../session.js';

export default defineCmdlet({
  name: 'Disconnect-AzureAD',
  module: 'AzureAD',
  supportsShouldProcess: true,
  synopsis: 'Disconnects the current session from an Azure Active Directory tenant.',
  parameters: {},
  invoke: (c) => ({
    end() {
      if (c.shouldProcess('AzureAD', 'Disconnect-AzureAD')) tenantSession(c).setConnection('AzureAD', { state: 'disconnected' });
    },
  }),
});
