/** Stop-Transcript: ends the running transcript; with none running, pwsh's error. */
import { defineCmdlet } from '../../runtime/commands/defineCmdlet.js';
import { activeTranscript, stopTranscript } from '../shared/session/transcript.js';
import { qualifiedErrorId } from '../shared/session/commandIds.js';

export default defineCmdlet({
  name: 'Stop-Transcript',
  module: 'Microsoft.PowerShell.Host',
  supportsShouldProcess: true,
  outputType: 'System.String',
  synopsis: 'Stops a transcript.',
  parameters: {},
  invoke: (c) => ({
    end() {
      const rt = c.callerCtx.rt;
      const running = activeTranscript(rt);
      if (!c.shouldProcess(running?.path ?? '', 'Stop-Transcript')) return;
      if (!running) {
        return c.fail({
          message: 'An error occurred stopping transcription: The host is not currently transcribing.',
          id: qualifiedErrorId('InvalidOperation', c.commandName),
          category: 'InvalidOperation',
          exceptionType: 'System.Management.Automation.PSInvalidOperationException',
        });
      }
      c.write(`Transcript stopped, output file is ${stopTranscript(rt, running)}`);
    },
  }),
});
