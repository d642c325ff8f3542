/**
 * Invoke-Command: runs a script block locally with -ArgumentList bound to its parameters and the
 * input (piped, or -InputObject) as $input, in a new scope unless -NoNewScope. Remote execution
 * (-ComputerName, -Session, -HostName, ...) is refused: tenantsh runs nothing outside itself.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { qualifiedErrorId } from '../shared/session/commandIds.js';

const remote = { position: 0 } as const;

export default defineCmdlet({
  name: 'Invoke-Command',
  module: 'Microsoft.PowerShell.Core',
  aliases: ['icm'],
  defaultParameterSet: 'InProcess',
  synopsis: 'Runs commands on local and remote computers.',
  parameters: {
    ScriptBlock: param.scriptBlock({
      aliases: ['Command'],
      sets: { InProcess: { mandatory: true, position: 0 }, ComputerName: { mandatory: true, position: 1 }, Session: { mandatory: true, position: 1 } },
    }),
    NoNewScope: param.switch({ sets: ['InProcess'] }),
    InputObject: param.psobject({ fromPipeline: true }),
    ArgumentList: param.objects({ aliases: ['Args'] }),
    ComputerName: param.strings({ aliases: ['Cn'], sets: { ComputerName: remote } }),
    Session: param.objects({ sets: { Session: remote } }),
    Credential: param.typed<unknown>('pscredential', { sets: ['ComputerName'] }),
    HostName: param.strings({ sets: { ComputerName: {} } }),
    AsJob: param.switch({ sets: ['ComputerName', 'Session'] }),
  },
  invoke: (c) => {
    const input: unknown[] = [];
    return {
      begin() {
        if (c.parameterSetName !== 'InProcess') {
          c.fail({
            message: `Invoke-Command cannot run commands on other computers in tenantsh: remoting (-${c.isBound('Session') ? 'Session' : c.isBound('HostName') ? 'HostName' : 'ComputerName'}) is not available. Run the script block locally: Invoke-Command -ScriptBlock { ... }.`,
            id: qualifiedErrorId('RemotingNotSupported', c.commandName),
            category: 'NotImplemented',
            exceptionType: 'System.Management.Automation.PSNotSupportedException',
          });
        }
      },
      process() {
        if (c.isBound('InputObject')) input.push(c.params.InputObject);
      },
      end() {
        const sb = c.params.ScriptBlock;
        if (!sb) return;
        c.invokeStreaming(
          sb,
          { newScope: !c.params.NoNewScope, args: c.params.ArgumentList ?? [], input },
          (v) => c.write(v),
        );
      },
    };
  },
});
