/**
 * $ExecutionContext exists (scripts test for it) but exposes nothing that reaches the host:
 * `$ExecutionContext.InvokeCommand` and `.SessionState` are refused with an error naming them.
 */
import { OperatorError } from '../operators/OperatorError.js';
import { NOT_HANDLED, type RuntimeObject } from '../functions/PSCmdletValue.js';

export function restrictedExecutionContext(): RuntimeObject {
  const refuse = (member: string): never => {
    throw new OperatorError(
      `$ExecutionContext.${member} is not available in tenantsh: scripts reach the system only through cmdlets.`,
      'ExecutionContextNotAvailable',
      'System.Management.Automation.PSNotSupportedException',
    );
  };
  return {
    psTypeName: 'System.Management.Automation.EngineIntrinsics',
    psGetMember(name: string): unknown {
      return refuse(name === 'invokecommand' ? 'InvokeCommand' : name === 'sessionstate' ? 'SessionState' : name);
    },
    psInvoke(name: string): unknown {
      if (name === 'tostring') return 'System.Management.Automation.EngineIntrinsics';
      void NOT_HANDLED;
      return refuse(name);
    },
  };
}
