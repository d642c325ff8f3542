/**
 * Set-StrictMode: records the strict mode version for the session (the evaluator reads the
 * 'strict-mode' service for references to undefined variables); -Off clears it.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';

/** pwsh accepts 'Latest' and any version from 1.0 up to its own (7.x). */
function isValidStrictVersion(text: string): boolean {
  if (text.toLowerCase() === 'latest') return true;
  const m = /^(\d+)(\.\d+){0,3}$/.exec(text.trim());
  if (!m) return false;
  const major = Number(m[1]);
  return major >= 1 && major <= 7;
}

export default defineCmdlet({
  name: 'Set-StrictMode',
  module: 'Microsoft.PowerShell.Core',
  defaultParameterSet: 'Version',
  synopsis: 'Establishes and enforces coding rules in expressions, scripts, and script blocks.',
  parameters: {
    Version: param.string({ aliases: ['v'], sets: { Version: { mandatory: true } } }),
    Off: param.switch({ sets: { Off: { mandatory: true } } }),
  },
  invoke: (c) => ({
    end() {
      const services = c.callerCtx.rt.services;
      if (c.parameterSetName === 'Off') {
        services.delete('strict-mode');
        return;
      }
      const version = (c.params.Version ?? '').trim();
      if (!isValidStrictVersion(version)) {
        c.fail({
          message: `Cannot validate argument on parameter 'Version'. The "${version}" argument does not contain a valid PowerShell version. Supply a valid version number and then try the command again.`,
          id: 'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.SetStrictModeCommand',
          category: 'InvalidData',
          exceptionType: 'System.Management.Automation.ParameterBindingValidationException',
        });
      }
      services.set('strict-mode', version);
    },
  }),
});
