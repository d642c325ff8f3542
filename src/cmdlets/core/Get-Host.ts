/** Get-Host: the session's host object, the same one $Host holds. */
import { defineCmdlet } from '../../runtime/commands/defineCmdlet.js';

export default defineCmdlet({
  name: 'Get-Host',
  module: 'Microsoft.PowerShell.Utility',
  outputType: 'System.Management.Automation.Host.PSHost',
  synopsis: 'Gets an object that represents the current host program.',
  parameters: {},
  invoke: (c) => ({
    process() {
      c.write(c.callerCtx.rt.global.vars.get('host')?.value ?? null);
    },
  }),
});
