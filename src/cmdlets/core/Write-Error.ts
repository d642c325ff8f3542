import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { ErrorRecord, PSException, type ErrorCategory } from '../../runtime/values/exceptions.js';

/**
 * Write-Error: a non-terminating error attributed to the script or function that called it, as
 * pwsh attributes it (the error view shows the caller's name and position).
 */
export default defineCmdlet({
  name: 'Write-Error',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'NoException',
  synopsis: 'Writes an object to the error stream.',
  parameters: {
    Message: param.string({ sets: { NoException: { mandatory: true, position: 0, fromPipeline: true }, WithException: {} }, aliases: ['Msg'], allowNull: true, allowEmptyString: true }),
    Exception: param.typed<PSException>('System.Exception', { sets: { WithException: { mandatory: true } } }),
    ErrorRecord: param.typed<ErrorRecord>('System.Management.Automation.ErrorRecord', { sets: { ErrorRecord: { mandatory: true } } }),
    Category: param.string({ sets: ['NoException', 'WithException'] }),
    ErrorId: param.string({ sets: ['NoException', 'WithException'] }),
    TargetObject: param.object({ sets: ['NoException', 'WithException'] }),
    RecommendedAction: param.string(),
    CategoryActivity: param.string({ aliases: ['Activity'] }),
    CategoryReason: param.string({ aliases: ['Reason'] }),
    CategoryTargetName: param.string({ aliases: ['TargetName'] }),
    CategoryTargetType: param.string({ aliases: ['TargetType'] }),
  },
  invoke: (c) => ({
    process() {
      // The error belongs to the function that called Write-Error; at a script's top level pwsh
      // shows it as Write-Error's own, without a position.
      const frame = c.callerCtx.frame;
      const caller = frame && frame.commandName && frame.invocationExtent ? frame : null;
      // At a script's top level pwsh names the script file in the error id.
      const scriptFile = c.runtime.services.get('script-file');
      const idOwner = caller ? caller.commandName : typeof scriptFile === 'string' ? scriptFile.replace(/^.*[\\/]/, '') : 'Write-Error';
      const info = {
        commandName: caller ? caller.commandName : 'Write-Error',
        extent: caller ? caller.invocationExtent : null,
        scriptName: caller?.invocationExtent?.source.path ?? '',
      };
      let record: ErrorRecord;
      if (c.params.ErrorRecord) record = c.params.ErrorRecord;
      else {
        const exception = c.params.Exception ?? new PSException('Microsoft.PowerShell.Commands.WriteErrorException', toStr(c.params.Message ?? ''));
        const id = c.params.ErrorId ?? 'Microsoft.PowerShell.Commands.WriteErrorException';
        record = new ErrorRecord(
          exception,
          `${id},${idOwner}`,
          ((c.params.Category as ErrorCategory | undefined) ?? 'NotSpecified'),
          c.params.TargetObject ?? null,
          info,
        );
        if (c.params.Exception && c.params.Message !== undefined) record.errorDetailsMessage = c.params.Message;
      }
      if (!record.invocationInfo) record.invocationInfo = info;
      c.writeError(record);
    },
  }),
});
