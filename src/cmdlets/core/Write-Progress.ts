/** Write-Progress: accepted and handed to the progress stream, which tenantsh does not show on stdout. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';

export default defineCmdlet({
  name: 'Write-Progress',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Displays a progress bar within a PowerShell command window.',
  parameters: {
    Activity: param.string({ position: 0 }),
    Status: param.string({ position: 1, validateNotNullOrEmpty: true }),
    Id: param.int({ position: 2, validateRange: [0, 2147483647] }),
    PercentComplete: param.int({ validateRange: [-1, 100] }),
    SecondsRemaining: param.int(),
    CurrentOperation: param.string(),
    ParentId: param.int({ validateRange: [-1, 2147483647] }),
    Completed: param.switch(),
    SourceId: param.int(),
  },
  invoke: (c) => ({
    process() {
      c.writeProgress(c.params.Activity ?? '', c.params.Status ?? 'Processing', c.params.PercentComplete ?? -1, c.params.Completed ?? false);
    },
  }),
});
