/** Start-Transcript: records the session's host output to a file, as pwsh's console host does. */
import { isAbsolute, join, resolve } from 'node:path';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { activeTranscript, startTranscript, transcriptStamp } from '../shared/session/transcript.js';
import { qualifiedErrorId } from '../shared/session/commandIds.js';

const flags = ['ByPath', 'ByLiteralPath', 'ByOutputDirectory'];

export default defineCmdlet({
  name: 'Start-Transcript',
  module: 'Microsoft.PowerShell.Host',
  defaultParameterSet: 'ByPath',
  supportsShouldProcess: true,
  outputType: 'System.String',
  synopsis: 'Creates a record of all or part of a PowerShell session to a text file.',
  parameters: {
    Path: param.string({ sets: { ByPath: { position: 0 } } }),
    LiteralPath: param.string({ aliases: ['PSPath', 'LP'], sets: { ByLiteralPath: { position: 0 } } }),
    OutputDirectory: param.string({ sets: { ByOutputDirectory: { position: 0 } } }),
    Append: param.switch({ sets: flags }),
    Force: param.switch({ sets: flags }),
    NoClobber: param.switch({ aliases: ['NoOverwrite'], sets: flags }),
    IncludeInvocationHeader: param.switch({ sets: flags }),
    UseMinimalHeader: param.switch({ sets: flags }),
  },
  invoke: (c) => ({
    end() {
      const rt = c.callerCtx.rt;
      const defaultName = `PowerShell_transcript.tenantsh.${transcriptStamp(new Date(rt.clock.nowMs()))}.txt`;
      const given = c.params.Path ?? c.params.LiteralPath;
      const home = rt.env.get('HOME') ?? rt.location;
      const raw = given ?? join(c.params.OutputDirectory ?? home, defaultName);
      const path = isAbsolute(raw) ? raw : resolve(rt.location, raw);
      if (!c.shouldProcess(path, 'Start-Transcript')) return;
      const running = activeTranscript(rt);
      if (running) {
        return c.fail({
          message: `Transcription cannot be started because it is already running: ${running.path}`,
          id: qualifiedErrorId('CannotStartTranscription', c.commandName),
          category: 'InvalidOperation',
          exceptionType: 'System.Management.Automation.PSInvalidOperationException',
        });
      }
      try {
        startTranscript(rt, path, c.params.Append ?? false);
      } catch (e) {
        return c.fail({
          message: `Transcription cannot be started due to the error: ${(e as Error).message}`,
          id: qualifiedErrorId('CannotStartTranscription', c.commandName),
          category: 'InvalidOperation',
          exceptionType: 'System.Management.Automation.PSInvalidOperationException',
        });
      }
      c.write(`Transcript started, output file is ${path}`);
    },
  }),
});
